package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * The local authority decided whether to re-assess.
 *
 * @param finalPlanDueBy when it re-assesses, 14 weeks from this decision (reg 27(2)); null otherwise
 */
public record ReassessmentDecided(String planId, String reassessmentId, boolean reassess, LocalDate decidedOn,
                                  LocalDate finalPlanDueBy) implements PlanEvent {
}
