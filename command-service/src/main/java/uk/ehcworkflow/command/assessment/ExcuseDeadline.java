package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.StatutoryException;

/** Record a permitted exception that excuses one deadline of the assessment. */
public record RecordException(
        @TargetAggregateIdentifier String assessmentId,
        Deadline deadline,
        StatutoryException reason,
        String adviceRequestId,
        LocalDate from,
        LocalDate to,
        String note) {
}
