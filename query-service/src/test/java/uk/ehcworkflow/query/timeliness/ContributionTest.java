package uk.ehcworkflow.query.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.assessment.AssessmentTimeline.RequestOutcome;
import uk.ehcworkflow.query.assessment.CaseFacts;
import uk.ehcworkflow.query.readmodel.DayCounts;

class ContributionTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);

    @Nested
    @DisplayName("DfE: requests counted in the year they were received, with their outcomes")
    class Requests {

        @Test
        void a_request_counts_on_the_day_it_was_received_as_pending_until_decided() {
            assertThat(Contribution.of(CaseFacts.received("a", RECEIVED).record())).containsExactly(entry(RECEIVED,
                    Map.of(Counter.REQUESTS_RECEIVED, 1L, Counter.requests(RequestOutcome.DECISION_PENDING), 1L)));
        }

        @Test
        void a_request_received_in_december_and_decided_in_january_counts_in_the_year_it_was_received() {
            LocalDate received = LocalDate.of(2024, 12, 10);
            var counts = Contribution.of(CaseFacts.received("a", received)
                    .step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2025, 1, 15)).record());

            assertThat(counts).as("the decision's letter counts on its own day").containsOnlyKeys(received,
                    LocalDate.of(2025, 1, 15));
            assertThat(counts.get(LocalDate.of(2025, 1, 15))).containsOnlyKeys(Counter.NOTICES_OWED);
            assertThat(counts.get(received)).containsEntry(Counter.requests(RequestOutcome.AGREED_TO_ASSESS), 1L)
                    .containsEntry(Counter.DECIDED_WITHIN_SIX_WEEKS, 1L);
        }

        @Test
        void decided_within_six_weeks_counts_up_to_the_due_day_only() {
            var late = Contribution.of(CaseFacts.received("a", RECEIVED)
                    .step(Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 16)).record());
            var inTime = Contribution.of(CaseFacts.received("a", RECEIVED)
                    .step(Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 15)).record());

            assertThat(late.get(RECEIVED)).containsEntry(Counter.requests(RequestOutcome.REFUSED_TO_ASSESS), 1L)
                    .doesNotContainKey(Counter.DECIDED_WITHIN_SIX_WEEKS);
            assertThat(inTime.get(RECEIVED)).containsEntry(Counter.DECIDED_WITHIN_SIX_WEEKS, 1L);
        }

        @Test
        void a_request_withdrawn_or_transferred_before_a_decision_counts_as_such_and_is_never_decided() {
            assertThat(Contribution.of(CaseFacts.received("a", RECEIVED).step(Milestone.REQUEST_WITHDRAWN,
                    LocalDate.of(2024, 6, 20)).record()).get(RECEIVED))
                    .containsEntry(Counter.requests(RequestOutcome.WITHDRAWN), 1L)
                    .doesNotContainKey(Counter.DECIDED_WITHIN_SIX_WEEKS);
            assertThat(Contribution.of(CaseFacts.received("a", RECEIVED).step(Milestone.TRANSFERRED_OUT,
                    LocalDate.of(2024, 6, 20)).record()).get(RECEIVED))
                    .containsEntry(Counter.requests(RequestOutcome.TRANSFERRED_OUT), 1L);
        }

        @Test
        void a_request_withdrawn_after_the_decision_to_assess_keeps_that_outcome_and_issues_no_plan() {
            var counts = Contribution.of(CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS,
                    LocalDate.of(2024, 7, 1)).step(Milestone.REQUEST_WITHDRAWN, LocalDate.of(2024, 8, 1)).record());

            assertThat(counts.get(RECEIVED)).containsEntry(Counter.requests(RequestOutcome.AGREED_TO_ASSESS), 1L)
                    .doesNotContainKey(Counter.requests(RequestOutcome.WITHDRAWN));
            assertThat(counts).containsOnlyKeys(RECEIVED, LocalDate.of(2024, 7, 1));
            assertThat(counts.get(LocalDate.of(2024, 7, 1))).containsOnlyKeys(Counter.NOTICES_OWED);
        }
    }

    @Nested
    @DisplayName("Letters: each decision's letter counted on the decision's day, as sent within 5 working days or not")
    class Letters {

        @Test
        void a_decision_owes_its_letter_counted_as_sent_in_time_up_to_the_fifth_working_day_and_late_after() {
            // Monday 1 July 2024: due by Monday 8 July
            LocalDate decided = LocalDate.of(2024, 7, 1);
            CaseFacts refused = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_NOT_TO_ASSESS, decided);

            assertThat(Contribution.of(refused.record()).get(decided)).containsExactly(entry(Counter.NOTICES_OWED, 1L));
            assertThat(Contribution.of(CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_NOT_TO_ASSESS, decided)
                    .letterSent(1, LocalDate.of(2024, 7, 8)).record()).get(decided))
                    .containsOnly(entry(Counter.NOTICES_OWED, 1L), entry(Counter.NOTICES_SENT, 1L),
                            entry(Counter.NOTICES_SENT_ON_TIME, 1L));
            assertThat(Contribution.of(refused.letterSent(1, LocalDate.of(2024, 7, 9)).record()).get(decided))
                    .containsOnly(entry(Counter.NOTICES_OWED, 1L), entry(Counter.NOTICES_SENT, 1L));
        }

        @Test
        void a_whole_assessment_owes_the_letters_of_its_decision_its_draft_and_its_final_plan() {
            var counts = Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(140).record());

            assertThat(counts.values().stream().mapToLong(day -> day.getOrDefault(Counter.NOTICES_OWED, 0L)).sum())
                    .isEqualTo(3);
        }

        @Test
        void the_figures_give_the_share_of_decisions_notified_in_time_and_those_not_recorded_as_sent() {
            TimelinessFigures.NoticeFigures figures = TimelinessFigures.of(Map.of(Counter.NOTICES_OWED, 4L,
                    Counter.NOTICES_SENT, 3L, Counter.NOTICES_SENT_ON_TIME, 2L)).notices();

            assertThat(figures).isEqualTo(new TimelinessFigures.NoticeFigures(4, 3, 2, 50.0, 1));
        }
    }

    @Nested
    @DisplayName("DfE: decisions not to issue within 16 weeks, counted when made")
    class DecisionsNotToIssue {

        @Test
        void a_decision_not_to_issue_counts_on_its_day_and_within_sixteen_weeks_up_to_the_due_day() {
            LocalDate due = RECEIVED.plusWeeks(16);
            var inTime = Contribution.of(CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, RECEIVED.plusDays(30))
                    .step(Milestone.DECISION_NOT_TO_ISSUE, due).record());
            var late = Contribution.of(CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, RECEIVED.plusDays(30))
                    .step(Milestone.DECISION_NOT_TO_ISSUE, due.plusDays(1)).record());

            assertThat(inTime.get(due)).containsEntry(Counter.DECISIONS_NOT_TO_ISSUE, 1L)
                    .containsEntry(Counter.NOT_TO_ISSUE_WITHIN_SIXTEEN_WEEKS, 1L);
            assertThat(late.get(due.plusDays(1))).containsEntry(Counter.DECISIONS_NOT_TO_ISSUE, 1L)
                    .doesNotContainKey(Counter.NOT_TO_ISSUE_WITHIN_SIXTEEN_WEEKS);
        }
    }

    @Nested
    @DisplayName("DfE: plans counted when issued, within 20 weeks and in bands, including and excluding exceptions")
    class Plans {

        @Test
        void a_plan_issued_on_day_140_is_within_twenty_weeks_and_counts_on_its_issue_date() {
            var counts = Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(140).record())
                    .get(RECEIVED.plusDays(140));

            assertThat(counts).containsEntry(Counter.FINAL_PLANS_ISSUED, 1L)
                    .containsEntry(Counter.FINAL_PLANS_WITHIN_TWENTY_WEEKS, 1L)
                    .containsEntry(Counter.band(TimelinessFigures.Band.WITHIN_TWENTY_WEEKS), 1L)
                    .containsEntry(Counter.PLANS_WITHOUT_EXCEPTIONS, 1L)
                    .containsEntry(Counter.PLANS_WITHOUT_EXCEPTIONS_WITHIN_TWENTY_WEEKS, 1L)
                    .containsEntry(Counter.DAYS_TO_ISSUE, 140L)
                    .containsEntry(Counter.WITHOUT_EXCEPTIONS + Counter.DAYS_TO_ISSUE, 140L)
                    .containsEntry(Counter.WITHOUT_EXCEPTIONS + Counter.band(TimelinessFigures.Band.WITHIN_TWENTY_WEEKS), 1L);
        }

        @Test
        void plans_fall_into_the_national_time_bands() {
            assertThat(Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(141).record()).get(RECEIVED.plusDays(141)))
                    .containsEntry(Counter.band(TimelinessFigures.Band.TWENTY_TO_FIFTY_TWO_WEEKS), 1L)
                    .doesNotContainKey(Counter.FINAL_PLANS_WITHIN_TWENTY_WEEKS);
            assertThat(Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(364).record()).get(RECEIVED.plusDays(364)))
                    .containsEntry(Counter.band(TimelinessFigures.Band.TWENTY_TO_FIFTY_TWO_WEEKS), 1L);
            assertThat(Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(365).record()).get(RECEIVED.plusDays(365)))
                    .containsEntry(Counter.band(TimelinessFigures.Band.OVER_FIFTY_TWO_WEEKS), 1L);
        }

        @Test
        void a_plan_of_a_case_with_an_exception_counts_in_the_including_bands_and_average_only() {
            var counts = Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(200)
                    .exception(Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE, null).record()).get(RECEIVED.plusDays(200));

            assertThat(counts).containsEntry(Counter.PLANS_WITH_EXCEPTIONS, 1L)
                    .containsEntry(Counter.DAYS_TO_ISSUE, 200L)
                    .containsEntry(Counter.band(TimelinessFigures.Band.TWENTY_TO_FIFTY_TWO_WEEKS), 1L)
                    .doesNotContainKeys(Counter.PLANS_WITHOUT_EXCEPTIONS, Counter.WITHOUT_EXCEPTIONS + Counter.DAYS_TO_ISSUE,
                            Counter.WITHOUT_EXCEPTIONS + Counter.band(TimelinessFigures.Band.TWENTY_TO_FIFTY_TWO_WEEKS));
        }

        @Test
        void an_exception_in_any_phase_leaves_the_plan_out_of_the_excluding_figure_as_sen2_reports_it() {
            var counts = Contribution.of(CaseFacts.received("a", RECEIVED)
                    .exception(Deadline.DECISION, StatutoryException.ABSENT_FROM_AREA, null, LocalDate.of(2024, 6, 10),
                            LocalDate.of(2024, 7, 15))
                    .step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 20))
                    .step(Milestone.DRAFT_PLAN_ISSUED, LocalDate.of(2024, 10, 7))
                    .step(Milestone.FINAL_PLAN_ISSUED, LocalDate.of(2024, 11, 4)).record()).get(LocalDate.of(2024, 11, 4));

            assertThat(counts).containsEntry(Counter.PLANS_WITH_EXCEPTIONS, 1L).doesNotContainKey(Counter.PLANS_WITHOUT_EXCEPTIONS);
        }

        @Test
        void an_exception_that_began_after_the_deadline_it_names_excuses_nothing() {
            var counts = Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(200)
                    .exception(Deadline.DECISION, StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, null,
                            RECEIVED.plusWeeks(6).plusDays(1), null).record()).get(RECEIVED.plusDays(200));

            assertThat(counts).containsEntry(Counter.PLANS_WITHOUT_EXCEPTIONS, 1L).doesNotContainKey(Counter.PLANS_WITH_EXCEPTIONS);
        }

        @Test
        void the_difference_an_exception_makes_moves_a_plan_between_counters_without_counting_it_twice() {
            var before = Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(200).allAdvice(RECEIVED, RECEIVED.plusDays(40)).record());
            var after = Contribution.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(200).allAdvice(RECEIVED, RECEIVED.plusDays(40))
                    .exception(Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE, null).record());

            assertThat(DayCounts.difference(before, after)).containsExactly(entry(RECEIVED.plusDays(200), Map.of(
                    Counter.PLANS_WITH_EXCEPTIONS, 1L, Counter.PLANS_WITHOUT_EXCEPTIONS, -1L,
                    Counter.WITHOUT_EXCEPTIONS + Counter.DAYS_TO_ISSUE, -200L,
                    Counter.WITHOUT_EXCEPTIONS + Counter.band(TimelinessFigures.Band.TWENTY_TO_FIFTY_TWO_WEEKS), -1L)));
        }
    }

    @Nested
    @DisplayName("reg 6(1), 8(1): advice from every agency, on time, and what is owed")
    class Advice {

        @Test
        void a_plan_issued_before_advice_from_each_of_the_four_agencies_arrived_is_issued_with_advice_missing() {
            var complete = CaseFacts.received("a", RECEIVED).allAdvice(RECEIVED.plusDays(31), RECEIVED.plusDays(70))
                    .planIssuedAfterDays(120);
            var onlyPsychology = CaseFacts.received("a", RECEIVED)
                    .adviceRequested("ep", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.plusDays(31))
                    .adviceSubmitted("ep", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.plusDays(70)).planIssuedAfterDays(120);
            var lateAdvice = CaseFacts.received("a", RECEIVED).allAdvice(RECEIVED.plusDays(31), RECEIVED.plusDays(121))
                    .planIssuedAfterDays(120);

            assertThat(Contribution.of(complete.record()).get(RECEIVED.plusDays(120)))
                    .doesNotContainKey(Counter.ISSUED_WITH_ADVICE_MISSING);
            assertThat(Contribution.of(onlyPsychology.record()).get(RECEIVED.plusDays(120)))
                    .containsEntry(Counter.ISSUED_WITH_ADVICE_MISSING, 1L);
            assertThat(Contribution.of(lateAdvice.record()).get(RECEIVED.plusDays(120)))
                    .containsEntry(Counter.ISSUED_WITH_ADVICE_MISSING, 1L);
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
                    .containsEntry(Counter.adviceWithinSixWeeks(Agency.HEALTH), 1L)
                    .doesNotContainKey(Counter.advicePastDue(Agency.HEALTH));
            assertThat(counts.get(requested.plusDays(43)))
                    .containsEntry(Counter.adviceSubmitted(Agency.SOCIAL_CARE), 1L)
                    .doesNotContainKey(Counter.adviceWithinSixWeeks(Agency.SOCIAL_CARE))
                    .containsEntry(Counter.advicePastDue(Agency.SOCIAL_CARE), 0L);
        }

        @Test
        void advice_is_owed_past_due_from_the_day_after_its_due_date_until_it_arrives_or_the_case_ends_without_a_plan() {
            LocalDate requested = LocalDate.of(2024, 7, 1);
            LocalDate due = requested.plusWeeks(6);
            var neverAnswered = Contribution.of(CaseFacts.received("a", RECEIVED).adviceRequested("h", Agency.HEALTH, requested).record());
            var answeredLate = Contribution.of(CaseFacts.received("a", RECEIVED).adviceRequested("h", Agency.HEALTH, requested)
                    .adviceSubmitted("h", Agency.HEALTH, due.plusDays(20)).record());
            var withdrawn = Contribution.of(CaseFacts.received("a", RECEIVED).adviceRequested("h", Agency.HEALTH, requested)
                    .step(Milestone.REQUEST_WITHDRAWN, due.plusDays(5)).record());

            assertThat(neverAnswered.get(due.plusDays(1))).containsEntry(Counter.advicePastDue(Agency.HEALTH), 1L);
            assertThat(answeredLate.get(due.plusDays(1))).containsEntry(Counter.advicePastDue(Agency.HEALTH), 1L);
            assertThat(answeredLate.get(due.plusDays(20))).containsEntry(Counter.advicePastDue(Agency.HEALTH), -1L);
            assertThat(withdrawn.get(due.plusDays(5))).containsEntry(Counter.advicePastDue(Agency.HEALTH), -1L);
        }
    }
}
