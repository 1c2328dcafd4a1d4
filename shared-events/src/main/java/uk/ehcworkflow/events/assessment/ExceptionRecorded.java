package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;

/**
 * A permitted exception applies to a deadline of the assessment, so missing it is not a breach.
 *
 * @param adviceRequestId the advice request it excuses, only for {@link Deadline#ADVICE}
 * @param to              the last day of the period, or null while it continues
 */
public record ExceptionRecorded(
        String assessmentId,
        Deadline deadline,
        StatutoryException reason,
        String adviceRequestId,
        LocalDate from,
        LocalDate to,
        String note) implements AssessmentEvent {
}
