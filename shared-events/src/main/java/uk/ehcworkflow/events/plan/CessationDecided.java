package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * The local authority decided, outside a review, to cease to maintain the plan and notified the
 * family (CFA s45, reg 31). For a reason the family can appeal it is an appealable decision, and
 * the plan is maintained while they may appeal it (s45(4)).
 */
public record CessationDecided(String planId, LocalDate decidedOn, CessationReason reason) implements PlanEvent {
}
