package uk.ehcworkflow.events.assessment;

/**
 * The case was given the reference people say on the phone and write on letters
 * ({@code EHC-2024-00123}: the year the request was received and a number unique in the area).
 * Assigned once, when the request is logged, and never reused.
 */
public record CaseReferenceAssigned(String assessmentId, String reference) implements AssessmentEvent {
}
