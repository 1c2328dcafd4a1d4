package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.command.common.ExceptionClaim;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/** Record an exception to an order's time limit (reg 44(3)), shaped as an assessment's exception is. */
public record ExcuseOrderDeadline(@TargetAggregateIdentifier String disputeId, TribunalOrder order, StatutoryException reason,
                                  LocalDate from, LocalDate to, String note) implements ExceptionClaim {

    @Override
    public Deadline deadline() {
        return Deadline.TRIBUNAL_ORDER;
    }

    @Override
    public String adviceRequestId() {
        return null;
    }
}
