package uk.ehcworkflow.events.plan;

import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * Some of the child's details the returns ask for (a {@code ChildProfile}) were recorded on the
 * plan, sealed with the plan's child's key (the assessment's, for a plan issued here): only the
 * fields given, the rest unchanged. The plan's profile continues its assessment's.
 */
public record PlanChildProfileRecorded(String planId, SealedPersonalData profile) implements PlanEvent {
}
