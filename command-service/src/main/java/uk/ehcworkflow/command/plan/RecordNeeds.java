package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.plan.SenNeed;

/** Record the child's primary need, and any secondary need, as the plan sets them out from a day on. */
public record RecordNeeds(@TargetAggregateIdentifier PlanId plan, SenNeed primary, SenNeed secondary, LocalDate from) {
}
