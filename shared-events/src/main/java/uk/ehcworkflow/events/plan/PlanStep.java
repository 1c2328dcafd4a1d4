package uk.ehcworkflow.events.plan;

/**
 * A step that can be recorded on a plan: what the plan aggregate says it would accept next, and
 * the name of the form the plan's page offers for it. Both sides name steps by this one list.
 */
public enum PlanStep {
    REVIEW_MEETING, REVIEW_DECISION, AMENDMENT_RESPONSE, AMENDED_PLAN, AMENDMENTS_WITHDRAWN, TRANSFER_NOTICE,
    PHASE_TRANSFER, PHASE_TRANSFER_PLAN, CESSATION_DECISION, CESSATION, REASSESSMENT_REQUEST, REASSESSMENT_DECISION,
    REASSESSMENT_DRAFT, REASSESSMENT_DRAFT_RESPONSE, REASSESSED_PLAN, REASSESSMENT_NOT_AMENDED, REASSESSMENT_EXCEPTION,
    /** What the returns ask of the plan: the child's details, the needs, where the child is placed, the personal budget. */
    CHILD_DETAILS, NEEDS, PLACEMENT, PLACEMENT_END, PERSONAL_BUDGET,
    /** An administrator's: only on a registered plan, whose child's details are its own. */
    ERASURE
}
