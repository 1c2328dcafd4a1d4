package uk.ehcworkflow.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take an invitation back: its holder sees the case no more, from the next page they open. */
public record WithdrawFamilyInvitation(@TargetAggregateIdentifier String assessmentId, String invitationId, String reason) {
}
