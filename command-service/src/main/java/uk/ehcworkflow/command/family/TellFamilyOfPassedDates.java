package uk.ehcworkflow.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tell the family members who can see the case of each date that passed without its step since they were last told (ADR 46). */
public record TellFamilyOfPassedDates(@TargetAggregateIdentifier String assessmentId) {
}
