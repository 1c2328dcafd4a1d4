package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * The final amended plan naming the setting for the phase transfer was issued: what meets the
 * transfer's deadline (reg 18). Before this event, the day the setting was named
 * ({@link NewSettingNamed}) was taken to meet it; those events read as before.
 */
public record PhaseTransferPlanIssued(String planId, LocalDate issuedOn, String setting) implements PlanEvent {
}
