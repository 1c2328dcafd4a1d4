package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.plan.Placement;

/**
 * Record that a statutory step happened on a given day.
 *
 * @param requests    what the family asked for, given with {@link Milestone#DRAFT_RESPONSE_RECEIVED} and only with it
 * @param placementId with {@link Milestone#FINAL_PLAN_ISSUED}: the id of the placement the plan names, if given
 * @param placement   that placement, recorded on the plan the final plan begins; null if not given
 */
public record RecordMilestone(
        @TargetAggregateIdentifier String assessmentId, Milestone milestone, LocalDate occurredOn, String note,
        DraftResponse requests, String placementId, Placement placement) {

    /** Any step but the family's response to the draft, naming no placement. */
    public RecordMilestone(String assessmentId, Milestone milestone, LocalDate occurredOn, String note) {
        this(assessmentId, milestone, occurredOn, note, null);
    }

    /** A step naming no placement. */
    public RecordMilestone(String assessmentId, Milestone milestone, LocalDate occurredOn, String note, DraftResponse requests) {
        this(assessmentId, milestone, occurredOn, note, requests, null, null);
    }
}
