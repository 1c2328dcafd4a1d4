package uk.ehcworkflow.events.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MilestoneTest {

    @Test
    @DisplayName("reg 5(4): a late decision whether to assess, either way, is excused by the decision's exceptions")
    void a_late_decision_whether_to_assess_is_excused_by_the_decisions_exceptions() {
        assertThat(Milestone.DECISION_TO_ASSESS.excusedUnder()).isEqualTo(Deadline.DECISION);
        assertThat(Milestone.DECISION_NOT_TO_ASSESS.excusedUnder()).isEqualTo(Deadline.DECISION);
    }

    @Test
    @DisplayName("reg 10(4), 13(3): a late decision not to issue is excused by the same exceptions as a late final plan")
    void a_late_decision_not_to_issue_is_excused_by_the_final_plans_exceptions() {
        assertThat(Milestone.DECISION_NOT_TO_ISSUE.excusedUnder()).isEqualTo(Deadline.FINAL_PLAN);
        assertThat(Milestone.FINAL_PLAN_ISSUED.excusedUnder()).isEqualTo(Deadline.FINAL_PLAN);
    }

    @Test
    void the_draft_and_the_familys_response_have_no_limit_of_their_own_to_excuse() {
        assertThat(Milestone.DRAFT_PLAN_ISSUED.excusedUnder()).isNull();
        assertThat(Milestone.DRAFT_RESPONSE_RECEIVED.excusedUnder()).isNull();
    }

    @Test
    @DisplayName("A request withdrawn or transferred out ends the case without a decision, and without a limit to excuse")
    void a_withdrawal_or_a_move_away_ends_the_request_without_a_decision() {
        for (Milestone end : new Milestone[] {Milestone.REQUEST_WITHDRAWN, Milestone.TRANSFERRED_OUT}) {
            assertThat(end.closesTheAssessment()).isTrue();
            assertThat(end.endsTheRequest()).isTrue();
            assertThat(end.isDecisionWhetherToAssess()).isFalse();
            assertThat(end.excusedUnder()).isNull();
        }
        assertThat(Milestone.FINAL_PLAN_ISSUED.endsTheRequest()).isFalse();
    }

    @Test
    @DisplayName("reg 4(1), 10(1), 13(2): each step with a limit of its own is due on its own day")
    void each_step_is_due_on_the_day_of_its_own_limit() {
        StatutoryDueDates due = new StatutoryDueDates(java.time.LocalDate.of(2024, 7, 15), java.time.LocalDate.of(2024, 9, 23),
                java.time.LocalDate.of(2024, 10, 21));
        assertThat(due.of(Milestone.DECISION_NOT_TO_ASSESS)).isEqualTo(due.decision());
        assertThat(due.of(Milestone.DECISION_NOT_TO_ISSUE)).isEqualTo(due.notToIssue());
        assertThat(due.of(Milestone.FINAL_PLAN_ISSUED)).isEqualTo(due.finalPlan());
        assertThat(due.of(Milestone.REQUEST_WITHDRAWN)).isNull();
        assertThat(due.of(Deadline.FINAL_PLAN)).isEqualTo(due.finalPlan());
    }
}
