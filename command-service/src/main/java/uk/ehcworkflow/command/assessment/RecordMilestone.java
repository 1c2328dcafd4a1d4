package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.Milestone;

/**
 * Record that a statutory step happened on a given day.
 *
 * @param requests what the family asked for, given with {@link Milestone#DRAFT_RESPONSE_RECEIVED} and only with it
 */
public record RecordMilestone(
        @TargetAggregateIdentifier String assessmentId, Milestone milestone, LocalDate occurredOn, String note,
        DraftResponse requests) {

    /** Any step but the family's response to the draft. */
    public RecordMilestone(String assessmentId, Milestone milestone, LocalDate occurredOn, String note) {
        this(assessmentId, milestone, occurredOn, note, null);
    }
}
