package uk.ehcworkflow.events.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.StatutoryException;

/**
 * A permitted exception (reg 27(3)) applies to a re-assessment's 14 weeks, so missing them is not a breach.
 *
 * @param to the last day of the period, or null while it continues
 */
public record ReassessmentExceptionRecorded(String planId, String reassessmentId, StatutoryException reason,
                                            LocalDate from, LocalDate to, String note) implements PlanEvent {
}
