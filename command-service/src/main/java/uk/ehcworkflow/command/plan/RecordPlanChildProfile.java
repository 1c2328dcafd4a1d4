package uk.ehcworkflow.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.privacy.ChildProfile;

/** Record some of the plan's child's details the returns ask for: the fields given change, the rest stay. */
public record RecordPlanChildProfile(@TargetAggregateIdentifier PlanId plan, ChildProfile profile) {
}
