package uk.ehcworkflow.events.assessment;

/** A statutory step of an EHC needs assessment that a case officer records. */
public enum Milestone {
    DECISION_TO_ASSESS,
    DECISION_NOT_TO_ASSESS,
    DRAFT_PLAN_ISSUED,
    DRAFT_RESPONSE_RECEIVED,
    FINAL_PLAN_ISSUED,
    DECISION_NOT_TO_ISSUE;

    /** After these the assessment is over: nothing further can be decided in it. */
    public boolean closesTheAssessment() {
        return this == DECISION_NOT_TO_ASSESS || this == DECISION_NOT_TO_ISSUE || this == FINAL_PLAN_ISSUED;
    }

    /**
     * The time limit whose recorded exceptions excuse this step when it is late, or null for a step
     * with no limit of its own. reg 10(4) applies to the 16 weeks for a decision not to issue the
     * same exceptions as reg 13(3) applies to the 20 weeks for the final plan.
     */
    public Deadline excusedUnder() {
        return switch (this) {
            case DECISION_TO_ASSESS, DECISION_NOT_TO_ASSESS -> Deadline.DECISION;
            case FINAL_PLAN_ISSUED, DECISION_NOT_TO_ISSUE -> Deadline.FINAL_PLAN;
            case DRAFT_PLAN_ISSUED, DRAFT_RESPONSE_RECEIVED -> null;
        };
    }

    /** The decision whether to assess, either way (reg 4(1)). */
    public boolean isDecisionWhetherToAssess() {
        return this == DECISION_TO_ASSESS || this == DECISION_NOT_TO_ASSESS;
    }
}
