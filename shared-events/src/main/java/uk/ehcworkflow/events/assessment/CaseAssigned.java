package uk.ehcworkflow.events.assessment;

import uk.ehcworkflow.events.caseload.Holder;

/** The case was put in a case officer's caseload: when the request was logged, or moved since. */
public record CaseAssigned(String assessmentId, Holder holder) implements AssessmentEvent {
}
