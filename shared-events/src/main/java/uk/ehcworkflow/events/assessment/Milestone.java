package uk.ehcworkflow.events.assessment;

/** A statutory step of an EHC needs assessment that a case officer records. */
public enum Milestone {
    DECISION_TO_ASSESS,
    DECISION_NOT_TO_ASSESS,
    DRAFT_PLAN_ISSUED,
    DRAFT_RESPONSE_RECEIVED,
    FINAL_PLAN_ISSUED,
    DECISION_NOT_TO_ISSUE,
    /** The family withdrew the request; allowed at any open stage. */
    REQUEST_WITHDRAWN,
    /** The child moved to another local authority before the case ended; allowed at any open stage. */
    TRANSFERRED_OUT;

    /** After these the assessment is over: nothing further can be decided in it. */
    public boolean closesTheAssessment() {
        return this == DECISION_NOT_TO_ASSESS || this == DECISION_NOT_TO_ISSUE || this == FINAL_PLAN_ISSUED
                || endsTheRequest();
    }

    /**
     * The request ended without the local authority deciding it: withdrawn, or the child moved
     * away. Reported by the DfE beside the decisions, never a breach of a time limit.
     */
    public boolean endsTheRequest() {
        return this == REQUEST_WITHDRAWN || this == TRANSFERRED_OUT;
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
            case DRAFT_PLAN_ISSUED, DRAFT_RESPONSE_RECEIVED, REQUEST_WITHDRAWN, TRANSFERRED_OUT -> null;
        };
    }

    /** The decision whether to assess, either way (reg 4(1)). */
    public boolean isDecisionWhetherToAssess() {
        return this == DECISION_TO_ASSESS || this == DECISION_NOT_TO_ASSESS;
    }
}
