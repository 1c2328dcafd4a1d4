package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/** The child left a placement: {@code leavingOn} is the last day they were on its roll. */
public record PlacementEnded(String planId, String placementId, LocalDate leavingOn) implements PlanEvent {
}
