package uk.ehcworkflow.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.plan.PhaseTransfer;

/** Record that the child moves phase in a school year's transfer, which sets a day to name the new setting by. */
public record SetPhaseTransfer(@TargetAggregateIdentifier PlanId plan, PhaseTransfer transfer, int transferYear) {
}
