package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * Whether a personal budget was agreed for the plan from a day on, and how it is delivered: as
 * organised arrangements, as direct payments, or both (the return's {@code pb}, {@code oa},
 * {@code dp}). The latest on or before a day stands on that day.
 */
public record PersonalBudgetRecorded(String planId, boolean agreed, boolean organisedArrangements,
                                     boolean directPayments, LocalDate from) implements PlanEvent {
}
