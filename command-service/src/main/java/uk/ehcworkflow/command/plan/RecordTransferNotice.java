package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the family of a plan transferred in were told of the transfer. */
public record RecordTransferNotice(@TargetAggregateIdentifier PlanId plan, LocalDate sentOn) {
}
