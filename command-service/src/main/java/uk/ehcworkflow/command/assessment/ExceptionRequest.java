package uk.ehcworkflow.command.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.StatutoryException;

/** The body of a permitted exception, an assessment's or a re-assessment's: the deadline, the reason and its evidence. */
public record ExceptionRequest(
        @NotNull Deadline deadline,
        @NotNull StatutoryException reason,
        @Size(max = 64) String adviceRequestId,
        @NotNull LocalDate from,
        LocalDate to,
        @NotBlank @Size(max = 2000) String note) {
}
