package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the decision not to amend the plan after all. */
public record WithdrawAmendments(@TargetAggregateIdentifier PlanId plan, LocalDate decidedOn, String reason) {
}
