package uk.ehcworkflow.events.assessment;

/** The family member signed in for the first time with their invitation, within its time. */
public record FamilyInvitationAccepted(String assessmentId, String invitationId) implements AssessmentEvent {
}
