package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the child left one of the plan's placements, on {@code leavingOn} (their last day there). */
public record EndPlacement(@TargetAggregateIdentifier PlanId plan, String placementId, LocalDate leavingOn) {
}
