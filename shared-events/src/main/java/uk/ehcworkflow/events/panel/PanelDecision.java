package uk.ehcworkflow.events.panel;

/** What a panel advises the local authority to do about one assessment. */
public enum PanelDecision {
    ASSESS,
    DO_NOT_ASSESS,
    ISSUE_PLAN,
    DO_NOT_ISSUE_PLAN,
    PLACEMENT_AGREED,
    JOINT_FUNDING_AGREED,
    DEFERRED
}
