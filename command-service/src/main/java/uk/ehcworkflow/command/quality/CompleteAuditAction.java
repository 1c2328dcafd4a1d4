package uk.ehcworkflow.command.quality;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an agreed action done. */
public record CompleteAuditAction(@TargetAggregateIdentifier String auditId, String actionId, LocalDate doneOn) {
}
