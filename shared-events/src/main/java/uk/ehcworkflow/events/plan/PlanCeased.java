package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/** The local authority ceased to maintain the plan (CFA s45); nothing is recorded on it afterwards. */
public record PlanCeased(String planId, LocalDate ceasedOn, CessationReason reason) implements PlanEvent {
}
