package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.plan.CessationReason;

/** Record a decision, outside a review, to cease to maintain the plan, as notified to the family. */
public record DecideCessation(@TargetAggregateIdentifier PlanId plan, LocalDate decidedOn, CessationReason reason) {
}
