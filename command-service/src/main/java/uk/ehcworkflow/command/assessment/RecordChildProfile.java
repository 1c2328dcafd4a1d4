package uk.ehcworkflow.command.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.privacy.ChildProfile;

/** Record some of the child's details the returns ask for: the fields given change, the rest stay. */
public record RecordChildProfile(@TargetAggregateIdentifier String assessmentId, ChildProfile profile) {
}
