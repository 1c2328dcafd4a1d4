package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;

/**
 * A statutory step happened on {@code occurredOn}; the event's timestamp says when it was recorded.
 *
 * @param requests for {@link Milestone#DRAFT_RESPONSE_RECEIVED}, what the family asked for; null for
 *                 other steps, and for responses recorded before it was asked (which then end nothing early)
 */
public record MilestoneRecorded(String assessmentId, Milestone milestone, LocalDate occurredOn, String note,
                                DraftResponse requests) implements AssessmentEvent {

    /** Any step but the family's response to the draft. */
    public MilestoneRecorded(String assessmentId, Milestone milestone, LocalDate occurredOn, String note) {
        this(assessmentId, milestone, occurredOn, note, null);
    }
}
