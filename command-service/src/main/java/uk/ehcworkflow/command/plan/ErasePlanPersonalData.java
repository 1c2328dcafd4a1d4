package uk.ehcworkflow.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase a registered plan's child's name and date of birth, for the reason given. */
public record ErasePlanPersonalData(@TargetAggregateIdentifier PlanId plan, String reason) {
}
