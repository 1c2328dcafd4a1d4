package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/** An annual review meeting was held (reg 20); the decision on it is due 4 weeks later. */
public record ReviewMeetingHeld(String planId, LocalDate heldOn, LocalDate decisionDueBy) implements PlanEvent {
}
