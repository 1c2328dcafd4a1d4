package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.assessment.Milestone;

/** Record that a statutory step happened on a given day. */
public record RecordMilestone(
        @TargetAggregateIdentifier String assessmentId, Milestone milestone, LocalDate occurredOn, String note) {
}
