package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * The child's primary need, and any secondary need, as the plan sets them out from a day on: at
 * issue and whenever a plan changes them. The latest on or before a day is the need on that day.
 *
 * @param secondary null when the plan names no secondary need
 */
public record NeedsRecorded(String planId, SenNeed primary, SenNeed secondary, LocalDate from) implements PlanEvent {
}
