package uk.ehcworkflow.command.common;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.StatutoryException;

/** A command that records a permitted exception: an assessment's or a re-assessment's. */
public interface ExceptionClaim {

    Deadline deadline();

    StatutoryException reason();

    /** The advice request an ADVICE exception excuses; no other has one. */
    String adviceRequestId();

    LocalDate from();

    /** The last day of the circumstances, or null while they go on. */
    LocalDate to();
}
