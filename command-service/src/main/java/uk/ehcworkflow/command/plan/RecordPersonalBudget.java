package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record whether a personal budget was agreed for the plan from a day on, and how it is delivered. */
public record RecordPersonalBudget(@TargetAggregateIdentifier PlanId plan, boolean agreed, boolean organisedArrangements,
                                   boolean directPayments, LocalDate from) {
}
