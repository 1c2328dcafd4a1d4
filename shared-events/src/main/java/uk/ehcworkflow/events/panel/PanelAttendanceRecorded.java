package uk.ehcworkflow.events.panel;

/** A member sat on the panel for an agency. */
public record PanelAttendanceRecorded(String panelId, String member, PanelAgency agency) implements PanelEvent {
}
