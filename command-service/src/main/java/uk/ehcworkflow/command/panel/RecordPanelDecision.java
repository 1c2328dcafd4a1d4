package uk.ehcworkflow.command.panel;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.panel.PanelDecision;

/** Record what the panel advised on an assessment, and why. */
public record RecordPanelDecision(
        @TargetAggregateIdentifier String panelId, String assessmentId, PanelDecision decision, String rationale) {
}
