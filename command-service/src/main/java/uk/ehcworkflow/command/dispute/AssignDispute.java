package uk.ehcworkflow.command.dispute;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the dispute in an officer's caseload. */
public record AssignDispute(@TargetAggregateIdentifier String disputeId, String officer, String team) {
}
