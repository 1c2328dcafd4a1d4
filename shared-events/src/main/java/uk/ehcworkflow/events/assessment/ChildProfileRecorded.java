package uk.ehcworkflow.events.assessment;

import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * Some of the child's details the returns ask for (a {@code ChildProfile}) were recorded on the
 * case, sealed with the child's key: only the fields the officer gave, the rest unchanged.
 */
public record ChildProfileRecorded(String assessmentId, SealedPersonalData profile) implements AssessmentEvent {
}
