package uk.ehcworkflow.events.panel;

import java.time.LocalDate;

/** A panel sitting was arranged for a day. */
public record PanelScheduled(String panelId, LocalDate heldOn, PanelKind kind) implements PanelEvent {
}
