package uk.ehcworkflow.query.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/** reg 44: a case a tribunal order reopened goes on under the order's deadlines; its refusal stays on the record. */
class ReopenedCaseTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 9, 1);
    private static final LocalDate REFUSED = LocalDate.of(2025, 10, 6);
    private static final LocalDate ORDERED = LocalDate.of(2026, 3, 2);

    private static CaseFacts refusedThenOrdered() {
        return CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_NOT_TO_ASSESS, REFUSED)
                .reopened(TribunalOrder.ASSESS, Milestone.DECISION_NOT_TO_ASSESS, REFUSED, ORDERED);
    }

    @Test
    void a_reopened_case_is_open_again_and_awaits_the_notice_to_assess() {
        AssessmentTimeline record = refusedThenOrdered().record();

        assertThat(record.endedWithoutPlanOn()).isEmpty();
        assertThat(AssessmentTimelineView.of(record, ORDERED.plusDays(1)).stage())
                .isEqualTo(AssessmentTimelineView.Stage.AWAITING_DECISION);
        assertThat(AssessmentTimelineView.of(record, ORDERED.plusDays(1)).deadlinesApplying())
                .isEqualTo(AssessmentTimelineView.Deadlines.TRIBUNAL_ORDER);
    }

    @Test
    void the_refusal_stays_the_requests_outcome_as_the_figures_count_it() {
        assertThat(refusedThenOrdered().step(Milestone.DECISION_TO_ASSESS, ORDERED.plusDays(7)).record().requestOutcome())
                .isEqualTo(AssessmentTimeline.RequestOutcome.REFUSED_TO_ASSESS);
    }

    @Test
    void the_case_is_held_to_the_orders_two_weeks_for_the_notice_then_fourteen_for_the_plan() {
        AssessmentTimeline awaiting = refusedThenOrdered().record();
        assertThat(CaseStatus.of(awaiting, ORDERED.plusWeeks(2))).isEqualTo(CaseStatus.DUE_SOON);
        assertThat(CaseStatus.of(awaiting, ORDERED.plusWeeks(2).plusDays(1))).isEqualTo(CaseStatus.OVERDUE);

        AssessmentTimeline noticed = refusedThenOrdered().step(Milestone.DECISION_TO_ASSESS, ORDERED.plusDays(10)).record();
        assertThat(CaseStatus.of(noticed, ORDERED.plusWeeks(4))).isEqualTo(CaseStatus.ON_TRACK);
        assertThat(CaseStatus.of(noticed, ORDERED.plusWeeks(14).plusDays(1))).isEqualTo(CaseStatus.OVERDUE);
        assertThat(noticed.underOrder()).first().satisfies(step -> {
            assertThat(step.step()).isEqualTo(ComplianceStep.NOTICE_TO_ASSESS);
            assertThat(step.metOn()).isEqualTo(ORDERED.plusDays(10));
            assertThat(step.metInTime()).isTrue();
        });
    }

    @Test
    void a_plan_issued_after_the_orders_fourteen_weeks_completed_late() {
        AssessmentTimeline issued = refusedThenOrdered().step(Milestone.DECISION_TO_ASSESS, ORDERED.plusDays(10))
                .step(Milestone.DRAFT_PLAN_ISSUED, ORDERED.plusWeeks(10))
                .step(Milestone.FINAL_PLAN_ISSUED, ORDERED.plusWeeks(14).plusDays(1)).record();

        assertThat(CaseStatus.of(issued, ORDERED.plusWeeks(20))).isEqualTo(CaseStatus.COMPLETED_LATE);
        assertThat(AssessmentTimelineView.of(issued, ORDERED.plusWeeks(20)).stage())
                .isEqualTo(AssessmentTimelineView.Stage.FINAL_PLAN_ISSUED);
    }
}
