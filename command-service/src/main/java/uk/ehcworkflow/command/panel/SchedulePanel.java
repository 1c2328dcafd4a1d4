package uk.ehcworkflow.command.panel;

import java.time.LocalDate;
import uk.ehcworkflow.events.panel.PanelKind;

/** Arrange a panel sitting for a day. */
public record SchedulePanel(String panelId, LocalDate heldOn, PanelKind kind) {
}
