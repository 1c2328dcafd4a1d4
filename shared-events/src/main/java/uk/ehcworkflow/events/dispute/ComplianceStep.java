package uk.ehcworkflow.events.dispute;

/** A step the local authority takes to carry out a tribunal order or a mediation agreement. */
public enum ComplianceStep {
    /** The family told the child will be assessed. */
    NOTICE_TO_ASSESS,
    DRAFT_PLAN_ISSUED,
    FINAL_PLAN_ISSUED,
    DECISION_NOT_TO_ISSUE,
    AMENDED_PLAN_ISSUED,
    /** What the order requires done at once: the plan maintained, or ceased. */
    ACTED_ON
}
