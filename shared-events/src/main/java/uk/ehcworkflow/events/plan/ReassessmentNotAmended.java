package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * After re-assessing, the local authority decided not to amend the plan: the re-assessment ends
 * without a plan, and the family may appeal the decision (CFA s51(2)(e)).
 */
public record ReassessmentNotAmended(String planId, String reassessmentId, LocalDate decidedOn) implements PlanEvent {
}
