package uk.ehcworkflow.events.quality;

/** Which version of a plan an audit looks at. */
public enum AuditedVersion {
    /** The draft, before the final plan is issued: a coordinator's peer review. */
    DRAFT_BEFORE_ISSUE,
    /** The plan as first issued. */
    FIRST_ISSUE,
    /** The plan after an annual review. */
    AFTER_REVIEW,
    /** The plan as amended. */
    AMENDED
}
