package uk.ehcworkflow.events.quality;

import java.time.LocalDate;

/**
 * The audit was closed: its actions done, or the plan audited again.
 *
 * @param reAuditId the audit that looked at the plan again, where that is why it closed; null when its actions were done
 */
public record PlanAuditClosed(String auditId, String planId, LocalDate closedOn, String reAuditId) implements PlanAuditEvent {
}
