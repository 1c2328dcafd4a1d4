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

    /** The decision whether to assess, either way (reg 4(1)). */
    public boolean isDecisionWhetherToAssess() {
        return this == DECISION_TO_ASSESS || this == DECISION_NOT_TO_ASSESS;
    }
}
