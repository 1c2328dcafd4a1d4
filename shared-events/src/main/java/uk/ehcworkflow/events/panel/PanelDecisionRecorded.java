package uk.ehcworkflow.events.panel;

import java.time.LocalDate;

/**
 * The panel advised on an assessment. It is advice to the local authority; the statutory
 * decision remains the case officer's milestone.
 *
 * @param heldOn the day of the sitting, carried so that case timelines need no panel lookup
 */
public record PanelDecisionRecorded(
        String panelId, LocalDate heldOn, String assessmentId, PanelDecision decision, String rationale)
        implements PanelEvent {
}
