package uk.ehcworkflow.command.panel;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.panel.PanelAgency;

/** Record that a member sat on the panel for an agency. */
public record RecordAttendance(@TargetAggregateIdentifier String panelId, String member, PanelAgency agency) {
}
