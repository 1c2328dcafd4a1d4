package uk.ehcworkflow.command.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase a child's name and date of birth, for the reason given (an erasure request, retention ended). */
public record ErasePersonalData(@TargetAggregateIdentifier String assessmentId, String reason) {
}
