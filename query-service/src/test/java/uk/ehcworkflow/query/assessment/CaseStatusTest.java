package uk.ehcworkflow.query.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.StatutoryException;

class CaseStatusTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);

    @Test
    void an_open_case_well_before_its_decision_deadline_is_on_track() {
        assertThat(CaseStatus.of(CaseFacts.received("a", RECEIVED).record(), LocalDate.of(2024, 6, 20)))
                .isEqualTo(CaseStatus.ON_TRACK);
    }

    @Test
    void a_case_within_fourteen_days_of_its_next_deadline_is_due_soon() {
        assertThat(CaseStatus.of(CaseFacts.received("a", RECEIVED).record(), LocalDate.of(2024, 7, 1)))
                .isEqualTo(CaseStatus.DUE_SOON);
        assertThat(CaseStatus.of(CaseFacts.received("a", RECEIVED).record(), LocalDate.of(2024, 7, 15)))
                .isEqualTo(CaseStatus.DUE_SOON);
    }

    @Test
    void a_case_without_a_decision_the_day_after_six_weeks_is_overdue() {
        assertThat(CaseStatus.of(CaseFacts.received("a", RECEIVED).record(), LocalDate.of(2024, 7, 16)))
                .isEqualTo(CaseStatus.OVERDUE);
    }

    @Test
    void after_a_decision_to_assess_the_clock_that_matters_is_the_twenty_weeks() {
        var record = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)).record();

        assertThat(CaseStatus.of(record, LocalDate.of(2024, 8, 1))).isEqualTo(CaseStatus.ON_TRACK);
        assertThat(CaseStatus.of(record, LocalDate.of(2024, 10, 22))).isEqualTo(CaseStatus.OVERDUE);
    }

    @Test
    void an_overdue_case_with_an_exception_for_that_deadline_is_not_a_breach() {
        var record = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1))
                .exception(Deadline.FINAL_PLAN, StatutoryException.ABSENT_FROM_AREA, null).record();

        assertThat(CaseStatus.of(record, LocalDate.of(2024, 11, 1))).isEqualTo(CaseStatus.EXCEPTION_APPLIES);
    }

    @Test
    void a_final_plan_on_the_last_day_of_week_twenty_completed_in_time_and_a_day_later_completed_late() {
        assertThat(CaseStatus.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(140).record(), LocalDate.of(2025, 1, 1)))
                .isEqualTo(CaseStatus.COMPLETED_IN_TIME);
        assertThat(CaseStatus.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(141).record(), LocalDate.of(2025, 1, 1)))
                .isEqualTo(CaseStatus.COMPLETED_LATE);
    }

    @Test
    void a_decision_not_to_assess_is_judged_against_the_six_weeks() {
        var late = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 16)).record();

        assertThat(CaseStatus.of(late, LocalDate.of(2025, 1, 1))).isEqualTo(CaseStatus.COMPLETED_LATE);
    }

    @Test
    void an_exception_no_longer_shields_an_open_case_once_its_period_has_ended() {
        var record = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1))
                .exception(Deadline.FINAL_PLAN, StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, null,
                        LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 10)).record();

        assertThat(CaseStatus.of(record, LocalDate.of(2024, 11, 10))).isEqualTo(CaseStatus.EXCEPTION_APPLIES);
        assertThat(CaseStatus.of(record, LocalDate.of(2024, 11, 11))).isEqualTo(CaseStatus.OVERDUE);
        assertThat(AssessmentTimelineView.of(record, LocalDate.of(2024, 11, 11)).exceptionsApply()).isTrue();
    }

    @Test
    void an_exception_that_began_after_the_deadline_does_not_excuse_it() {
        var record = CaseFacts.received("a", RECEIVED)
                .exception(Deadline.DECISION, StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, null,
                        LocalDate.of(2024, 7, 16), null).record();

        assertThat(CaseStatus.of(record, LocalDate.of(2024, 8, 1))).isEqualTo(CaseStatus.OVERDUE);
        assertThat(AssessmentTimelineView.of(record, LocalDate.of(2024, 8, 1)).exceptionsApply()).isFalse();
    }

    @Test
    void a_withdrawn_or_transferred_case_is_closed_and_never_overdue() {
        var withdrawn = CaseFacts.received("a", RECEIVED).step(Milestone.REQUEST_WITHDRAWN, LocalDate.of(2024, 6, 20)).record();
        var moved = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1))
                .step(Milestone.TRANSFERRED_OUT, LocalDate.of(2024, 8, 1)).record();

        assertThat(CaseStatus.of(withdrawn, LocalDate.of(2025, 1, 1))).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseStatus.of(moved, LocalDate.of(2025, 1, 1))).isEqualTo(CaseStatus.CLOSED);
        assertThat(AssessmentTimelineView.of(withdrawn, LocalDate.of(2025, 1, 1)).stage())
                .isEqualTo(AssessmentTimelineView.Stage.WITHDRAWN);
        assertThat(AssessmentTimelineView.of(moved, LocalDate.of(2025, 1, 1)).stage())
                .isEqualTo(AssessmentTimelineView.Stage.TRANSFERRED_OUT);
        assertThat(AssessmentTimelineView.of(moved, LocalDate.of(2025, 1, 1)).daysElapsed()).isEqualTo(59);
    }

    @Test
    void exceptions_apply_when_one_arose_in_any_phase_of_the_case() {
        var record = CaseFacts.received("a", RECEIVED)
                .exception(Deadline.DECISION, StatutoryException.ABSENT_FROM_AREA, null, LocalDate.of(2024, 6, 10),
                        LocalDate.of(2024, 7, 15))
                .step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 20))
                .step(Milestone.DRAFT_PLAN_ISSUED, LocalDate.of(2024, 10, 7))
                .step(Milestone.FINAL_PLAN_ISSUED, LocalDate.of(2024, 11, 4)).record();

        AssessmentTimelineView view = AssessmentTimelineView.of(record, LocalDate.of(2025, 1, 1));
        assertThat(view.exceptionsApply()).isTrue();
        assertThat(view.status()).as("the plan itself was late with nothing excusing the 20 weeks")
                .isEqualTo(CaseStatus.COMPLETED_LATE);
    }
}
