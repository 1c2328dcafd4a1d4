package uk.ehcworkflow.events.panel;

/** The kind of panel sitting. */
public enum PanelKind {
    SEND_PANEL,
    JOINT_PLACEMENT_PANEL
}
