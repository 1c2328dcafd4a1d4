package uk.ehcworkflow.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The signed-in family member takes up their invitation to this case, as their first sign-in does. */
public record AcceptFamilyInvitation(@TargetAggregateIdentifier String assessmentId) {
}
