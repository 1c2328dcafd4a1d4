package uk.ehcworkflow.events.quality;

import java.time.LocalDate;

/** An agreed action was done. */
public record AuditActionDone(String auditId, String planId, String actionId, LocalDate doneOn) implements PlanAuditEvent {
}
