package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the day the family told the local authority they want mediation (reg 37). */
public record RecordMediationRequest(@TargetAggregateIdentifier String disputeId, LocalDate on) {
}
