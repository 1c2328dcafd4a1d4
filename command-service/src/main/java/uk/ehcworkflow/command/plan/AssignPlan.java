package uk.ehcworkflow.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the plan in an officer's caseload. */
public record AssignPlan(@TargetAggregateIdentifier PlanId plan, String officer, String team) {
}
