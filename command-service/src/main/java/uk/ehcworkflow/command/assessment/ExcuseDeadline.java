package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.command.common.ExceptionClaim;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.StatutoryException;

/** Excuse one deadline of the assessment by a permitted exception (reg 5(4), 8(2), 10(4), 13(3)), with its evidence. */
public record ExcuseDeadline(
        @TargetAggregateIdentifier String assessmentId,
        Deadline deadline,
        StatutoryException reason,
        String adviceRequestId,
        LocalDate from,
        LocalDate to,
        String note) implements ExceptionClaim {
}
