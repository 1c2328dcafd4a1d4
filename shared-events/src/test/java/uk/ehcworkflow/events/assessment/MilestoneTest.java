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
}
