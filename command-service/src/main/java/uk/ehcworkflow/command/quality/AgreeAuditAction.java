package uk.ehcworkflow.command.quality;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Agree an action arising from the audit: what, who, by when. */
public record AgreeAuditAction(@TargetAggregateIdentifier String auditId, String actionId, String action, String owner,
                               LocalDate dueBy) {
}
