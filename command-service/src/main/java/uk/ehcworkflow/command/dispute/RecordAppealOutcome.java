package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/**
 * Record how the appeal ended and what the tribunal ordered.
 *
 * @param sentOn the day the decision was sent, from which its orders run
 */
public record RecordAppealOutcome(@TargetAggregateIdentifier String disputeId, LocalDate decidedOn, LocalDate sentOn,
                                  AppealOutcome outcome, List<TribunalOrder> orders) {
}
