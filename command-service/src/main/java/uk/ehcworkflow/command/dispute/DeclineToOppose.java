package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the local authority told the tribunal it will not oppose the appeal (reg 45). */
public record DeclineToOppose(@TargetAggregateIdentifier String disputeId, LocalDate on) {
}
