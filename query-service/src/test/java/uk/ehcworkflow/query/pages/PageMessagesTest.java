package uk.ehcworkflow.query.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A refusal in the words the GOV.UK Design System asks for: what to do, the field as the form names it, dates as people write them. */
class PageMessagesTest {

    private static String say(int status, String field, String rule, String detail) {
        return PageMessages.refusal(new CommandRefused(status, field, rule, detail), field);
    }

    @Nested
    class A_rule_broken_by_a_date {

        @Test
        void names_the_field_and_the_date_it_was_compared_with() {
            assertThat(say(409, "occurredOn", "date-before-request",
                    "occurredOn 2026-10-31 is before the request was received on 2026-11-05."))
                    .isEqualTo("The date it happened must be on or after the day the request was received, 5 November 2026");
        }

        @Test
        void a_step_out_of_order_names_the_step_it_follows_and_its_day() {
            assertThat(say(409, "occurredOn", "steps-in-order", "FINAL_PLAN_ISSUED cannot be dated before DRAFT_PLAN_ISSUED on 2026-03-02."))
                    .isEqualTo("The date it happened must be on or after the day of the draft plan issued, 2 March 2026");
            assertThat(say(409, "issuedOn", "steps-in-order", "issuedOn 2026-11-20 is before the adviser was contacted on 2026-11-21."))
                    .isEqualTo("The date it was issued must be on or after the day the adviser was contacted, 21 November 2026");
            assertThat(say(409, "occurredOn", "steps-in-order", "DECISION_TO_ASSESS cannot be dated before the last step, on 2026-03-02."))
                    .isEqualTo("The date it happened must be on or after the last step, 2 March 2026");
        }

        @Test
        void a_date_in_the_future_says_it_must_be_today_or_earlier() {
            assertThat(say(409, "dateOfBirth", "date-in-future", "dateOfBirth 2030-01-01 is in the future (today is 2026-12-06)."))
                    .isEqualTo("The date of birth must be today or in the past");
        }
    }

    @Nested
    class A_field_the_api_could_not_take {

        @Test
        void an_impossible_date_asks_for_a_real_one() {
            assertThat(say(400, "dateOfBirth", null, "dateOfBirth has an invalid value '2024-02-31'; expected a real date as "
                    + "yyyy-MM-dd from 1900-01-01 to 2100-12-31.")).isEqualTo("The date of birth must be a real date, for example 27 3 2024");
        }

        @Test
        void a_blank_field_says_what_to_enter_or_select() {
            assertThat(say(400, "reason", null, "reason must not be blank")).isEqualTo("Enter the reason");
            assertThat(say(400, "milestone", null, "milestone is required.")).isEqualTo("Select the step");
        }

        @Test
        void a_value_too_long_gives_the_most_characters() {
            assertThat(say(400, "childName", null, "childName size must be between 0 and 200"))
                    .isEqualTo("The child's name must be 200 characters or fewer");
        }
    }

    @Nested
    class The_child_s_record_for_the_returns {

        @Test
        void a_upn_copied_wrongly_says_what_to_enter_not_the_api_s_sentence() {
            assertThat(say(400, "upn", "upn-check-letter", "This UPN's check letter does not match its digits: check it "
                    + "was copied rightly.")).isEqualTo("Enter the UPN as the school records it: its first letter does not match "
                    + "its digits");
            assertThat(say(400, "urn", "one-place", "A placement names one place: an establishment's urn, a provider's ukprn, "
                    + "or a setting (one of [OLA, OPA]) when it has neither.")).isEqualTo("Enter the establishment's URN or the "
                    + "provider's UKPRN, or select a setting that has neither: only one of them");
        }

        @Test
        void a_yes_or_no_question_left_empty_or_answered_otherwise_asks_to_select_it() {
            assertThat(say(400, "agreed", null, "agreed must not be null")).isEqualTo("Select whether a personal budget was agreed");
            assertThat(say(400, "agreed", null, "agreed has an invalid value 'x'; expected true or false."))
                    .isEqualTo("Select whether a personal budget was agreed");
        }

        @Test
        void a_rank_outside_the_two_ranks_names_both() {
            assertThat(say(400, "rank", null, "rank must be less than or equal to 2"))
                    .isEqualTo("Select rank 1 for the main placement or 2 for a subsidiary one");
            assertThat(say(400, "transferYear", null, "transferYear must be greater than or equal to 2000"))
                    .isEqualTo("The year of the transfer must be 2000 or more");
        }

        @Test
        void a_date_before_the_plan_was_issued_names_the_field_and_the_day() {
            assertThat(say(409, "from", "date-before-plan-issued", "from 2020-05-01 is before the plan was issued on 2026-05-01."))
                    .isEqualTo("The date it started must be on or after the day the plan was issued, 1 May 2026");
        }
    }

    @Test
    void a_year_out_of_range_is_written_as_a_year_not_a_number_with_a_comma() {
        assertThat(PageMessages.range("year", 2015, 2027)).isEqualTo("The year must be a whole number from 2015 to 2027");
    }

    /**
     * Every refusal of a field the command service can give ({@code new InvalidField(field, rule, ...)}
     * in its sources) has its words here, so a page never shows the API's sentence for one.
     */
    @Test
    void every_field_refusal_of_the_command_service_has_its_words() throws IOException {
        Pattern refusal = Pattern.compile("new InvalidField\\([^;]*?,\\s*\"([a-z0-9-]+)\",", Pattern.DOTALL);
        List<String> rules = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("../command-service/src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = refusal.matcher(Files.readString(source));
                while (found.find()) {
                    rules.add(found.group(1));
                }
            }
        }
        assertThat(rules).as("the command service's field refusals").hasSizeGreaterThan(30);
        assertThat(rules).filteredOn(rule -> !PageMessages.hasWordsFor(rule)).as("rules without a rule.RULE in page-messages")
                .isEmpty();
    }

    @Test
    void anything_else_reads_as_words_not_codes_or_field_names() {
        assertThat(say(409, null, "duplicate-milestone", "DECISION_TO_ASSESS was already recorded on 2026-02-05."))
                .isEqualTo("Decision to assess was already recorded on 5 February 2026.");
        assertThat(PageMessages.plain("requestReceivedOn 2026-11-05 is after occurredOn 2026-11-01."))
                .isEqualTo("The date the request was received 5 November 2026 is after the date it happened 1 November 2026.");
    }
}
