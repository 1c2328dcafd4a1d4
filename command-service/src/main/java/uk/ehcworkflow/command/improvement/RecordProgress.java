package uk.ehcworkflow.command.improvement;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record progress on an action, with its evidence. */
public record RecordProgress(@TargetAggregateIdentifier String actionId, String note, List<String> evidence) {
}
