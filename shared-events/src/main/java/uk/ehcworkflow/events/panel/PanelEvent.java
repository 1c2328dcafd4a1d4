package uk.ehcworkflow.events.panel;

/** An event in the life of one panel sitting. */
public sealed interface PanelEvent permits PanelScheduled, PanelAttendanceRecorded, PanelDecisionRecorded {

    String panelId();
}
