package uk.ehcworkflow.events.assessment;

/**
 * The child's name and date of birth were erased: their key was destroyed, so the sealed copy in
 * the case's first event can never be opened again. Who erased them and when are in the event's
 * metadata and timestamp; the history and the figures are untouched.
 */
public record PersonalDataErased(String assessmentId, String reason) implements AssessmentEvent {
}
