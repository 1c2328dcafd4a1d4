package uk.ehcworkflow.query.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.assessment.CaseFacts;

class ContributionTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);

    @Test
    void a_request_counts_on_the_day_it_was_received() {
        assertThat(Contribution.of(CaseFacts.received("a", RECEIVED).record()))
                .containsExactly(entry(RECEIVED, Map.of(Counter.REQUESTS_RECEIVED, 1L)));
    }

    @Test
    void a_decision_counts_on_its_decision_date_and_within_six_weeks_only_up_to_the_due_day() {
        var inTime = Contribution.of(CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 15)).record());
        var late = Contribution.of(CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 16)).record());

        assertThat(inTime.get(LocalDate.of(2024, 7, 15)))
                .containsEntry(Counter.DECISIONS_MADE, 1L).containsEntry(Counter.DECISIONS_WITHIN_SIX_WEEKS, 1L);
        assertThat(late.get(LocalDate.of(2024, 7, 16)))
                .containsEntry(Counter.DECISIONS_MADE, 1L).doesNotContainKey(Counter.DECISIONS_WITHIN_SIX_WEEKS);
    }

    @Test
    void a_plan_issued_on_day_140_is_within_twenty_weeks_and_counts_on_its_issue_date() {
        var counts = Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(140).record())
                .get(RECEIVED.plusDays(140));

        assertThat(counts).containsEntry(Counter.FINAL_PLANS_ISSUED, 1L)
                .containsEntry(Counter.FINAL_PLANS_WITHIN_TWENTY_WEEKS, 1L)
                .containsEntry(Counter.BAND_WITHIN_TWENTY_WEEKS, 1L)
                .containsEntry(Counter.PLANS_WITHOUT_EXCEPTIONS, 1L)
                .containsEntry(Counter.PLANS_WITHOUT_EXCEPTIONS_WITHIN_TWENTY_WEEKS, 1L)
                .containsEntry(Counter.DAYS_TO_ISSUE, 140L);
    }

    @Test
    void plans_fall_into_the_national_time_bands() {
        assertThat(Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(141).record()).get(RECEIVED.plusDays(141)))
                .containsEntry(Counter.BAND_TWENTY_TO_FIFTY_TWO_WEEKS, 1L).doesNotContainKey(Counter.FINAL_PLANS_WITHIN_TWENTY_WEEKS);
        assertThat(Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(364).record()).get(RECEIVED.plusDays(364)))
                .containsEntry(Counter.BAND_TWENTY_TO_FIFTY_TWO_WEEKS, 1L);
        assertThat(Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(365).record()).get(RECEIVED.plusDays(365)))
                .containsEntry(Counter.BAND_OVER_FIFTY_TWO_WEEKS, 1L);
    }

    @Test
    void a_plan_whose_twenty_week_deadline_has_an_exception_is_left_out_of_the_excluding_figure() {
        var counts = Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(200)
                .exception(Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE, null).record()).get(RECEIVED.plusDays(200));

        assertThat(counts).containsEntry(Counter.PLANS_WITH_EXCEPTIONS, 1L)
                .doesNotContainKey(Counter.PLANS_WITHOUT_EXCEPTIONS);
    }

    @Test
    void an_exception_on_the_decision_deadline_does_not_remove_the_plan_from_the_excluding_figure() {
        var counts = Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(200)
                .exception(Deadline.DECISION, StatutoryException.ABSENT_FROM_AREA, null).record()).get(RECEIVED.plusDays(200));

        assertThat(counts).containsEntry(Counter.PLANS_WITHOUT_EXCEPTIONS, 1L).doesNotContainKey(Counter.PLANS_WITH_EXCEPTIONS);
    }

    @Test
    void a_plan_issued_before_all_advice_arrived_is_counted_as_issued_with_advice_missing() {
        var facts = CaseFacts.received("a", RECEIVED)
                .adviceRequested("ep", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.plusDays(31))
                .planIssuedAfterDays(120);

        assertThat(Contribution.of(facts.record()).get(RECEIVED.plusDays(120)))
                .containsEntry(Counter.ISSUED_WITH_ADVICE_MISSING, 1L);
        assertThat(Contribution.of(facts.adviceSubmitted("ep", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.plusDays(110)).record())
                .get(RECEIVED.plusDays(120))).doesNotContainKey(Counter.ISSUED_WITH_ADVICE_MISSING);
    }

    @Test
    void advice_counts_per_agency_on_its_submission_date_and_within_six_weeks_up_to_its_due_day() {
        LocalDate requested = LocalDate.of(2024, 7, 1);
        var counts = Contribution.of(CaseFacts.received("a", RECEIVED)
                .adviceRequested("h", Agency.HEALTH, requested).adviceSubmitted("h", Agency.HEALTH, requested.plusDays(42))
                .adviceRequested("s", Agency.SOCIAL_CARE, requested).adviceSubmitted("s", Agency.SOCIAL_CARE, requested.plusDays(43))
                .record());

        assertThat(counts.get(requested.plusDays(42)))
                .containsEntry(Counter.adviceSubmitted(Agency.HEALTH), 1L)
                .containsEntry(Counter.adviceWithinSixWeeks(Agency.HEALTH), 1L);
        assertThat(counts.get(requested.plusDays(43)))
                .containsEntry(Counter.adviceSubmitted(Agency.SOCIAL_CARE), 1L)
                .doesNotContainKey(Counter.adviceWithinSixWeeks(Agency.SOCIAL_CARE));
    }

    @Test
    void the_difference_an_exception_makes_moves_a_plan_between_counters_without_counting_it_twice() {
        var before = Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(200).record());
        var after = Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(200)
                .exception(Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE, null).record());

        assertThat(Contribution.difference(before, after)).containsExactly(entry(RECEIVED.plusDays(200),
                Map.of(Counter.PLANS_WITH_EXCEPTIONS, 1L, Counter.PLANS_WITHOUT_EXCEPTIONS, -1L)));
    }
}
