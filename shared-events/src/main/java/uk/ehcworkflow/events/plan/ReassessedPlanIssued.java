package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * The plan made after a re-assessment was issued; it counts as the plan's new issue, so the
 * annual review clock starts again from it.
 */
public record ReassessedPlanIssued(String planId, String reassessmentId, LocalDate issuedOn, LocalDate nextReviewDueBy)
        implements PlanEvent {
}
