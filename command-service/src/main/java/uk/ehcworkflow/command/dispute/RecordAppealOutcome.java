package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/** Record how the appeal ended and what the tribunal ordered. */
public record RecordAppealOutcome(@TargetAggregateIdentifier String disputeId, LocalDate decidedOn, AppealOutcome outcome,
                                  List<TribunalOrder> orders) {
}
