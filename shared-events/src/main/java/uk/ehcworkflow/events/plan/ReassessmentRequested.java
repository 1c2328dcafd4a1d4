package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * A re-assessment of the child's needs was requested (reg 24).
 *
 * @param decisionDueBy                    15 days from the request (reg 25)
 * @param withinSixMonthsOfLastAssessment  whether it came within 6 months of the last assessment, which lets the area refuse it
 */
public record ReassessmentRequested(String planId, String reassessmentId, LocalDate receivedOn, LocalDate decisionDueBy,
                                    boolean withinSixMonthsOfLastAssessment) implements PlanEvent {
}
