package uk.ehcworkflow.command.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the case in an officer's caseload. */
public record AssignCase(@TargetAggregateIdentifier String assessmentId, String officer, String team) {
}
