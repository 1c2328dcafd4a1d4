package uk.ehcworkflow.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.assessment.Relationship;

/** Invite someone in the family to see the case and answer for themselves, by email (ADR 43). */
public record InviteFamilyMember(@TargetAggregateIdentifier String assessmentId, String invitationId, String email,
                                 Relationship relationship) {
}
