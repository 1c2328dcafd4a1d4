package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;

/** A statutory step happened on {@code occurredOn}; the event's timestamp says when it was recorded. */
public record MilestoneRecorded(String assessmentId, Milestone milestone, LocalDate occurredOn, String note) implements AssessmentEvent {
}
