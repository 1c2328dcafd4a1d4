package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.StatutoryException;

/**
 * Circumstances that made an order's time limit impractical to meet (reg 44(3)): the order is
 * then owed as soon as practicable, and not counted as late.
 *
 * @param to the last day of the circumstances, or null while they go on
 */
public record OrderExceptionRecorded(String disputeId, String caseId, TribunalOrder order, StatutoryException reason,
                                     LocalDate from, LocalDate to, String note) implements DisputeEvent {
}
