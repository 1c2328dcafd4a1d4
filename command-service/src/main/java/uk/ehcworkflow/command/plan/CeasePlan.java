package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.plan.CessationReason;

/** Record that the plan ceased to be maintained. */
public record CeasePlan(@TargetAggregateIdentifier PlanId plan, LocalDate ceasedOn, CessationReason reason) {
}
