package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the day the tribunal stated the local authority's response is due. */
public record RecordResponseDue(@TargetAggregateIdentifier String disputeId, LocalDate dueOn) {
}
