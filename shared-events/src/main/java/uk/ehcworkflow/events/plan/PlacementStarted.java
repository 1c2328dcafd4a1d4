package uk.ehcworkflow.events.plan;

/** The plan places the child somewhere from the placement's entry date, until a {@link PlacementEnded}. */
public record PlacementStarted(String planId, String placementId, Placement placement) implements PlanEvent {
}
