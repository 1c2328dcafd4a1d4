package uk.ehcworkflow.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.plan.Placement;

/** Record where the plan places the child, from the placement's entry date. */
public record StartPlacement(@TargetAggregateIdentifier PlanId plan, String placementId, Placement placement) {
}
