package uk.ehcworkflow.command.quality;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the audit: its actions done, or (with {@code reAuditId}) the plan audited again since. */
public record ClosePlanAudit(@TargetAggregateIdentifier String auditId, LocalDate closedOn, String reAuditId) {
}
