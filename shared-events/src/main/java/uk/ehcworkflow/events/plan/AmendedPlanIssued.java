package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/** The final amended plan was issued after an amendment notice (reg 22(3)). */
public record AmendedPlanIssued(String planId, LocalDate issuedOn) implements PlanEvent {
}
