package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/** The local authority decided not to amend after all, and told the family so (reg 22(4)). */
public record AmendmentsWithdrawn(String planId, LocalDate decidedOn, String reason) implements PlanEvent {
}
