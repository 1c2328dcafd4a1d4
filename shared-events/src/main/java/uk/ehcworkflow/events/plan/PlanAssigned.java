package uk.ehcworkflow.events.plan;

import uk.ehcworkflow.events.caseload.Holder;

/** The plan was put in a case officer's caseload: when it began, or moved since. */
public record PlanAssigned(String planId, Holder holder) implements PlanEvent {
}
