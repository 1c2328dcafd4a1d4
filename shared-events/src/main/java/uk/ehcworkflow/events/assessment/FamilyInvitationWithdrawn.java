package uk.ehcworkflow.events.assessment;

/** The officer withdrew an invitation: its holder no longer sees the case, from now on. */
public record FamilyInvitationWithdrawn(String assessmentId, String invitationId, String reason) implements AssessmentEvent {
}
