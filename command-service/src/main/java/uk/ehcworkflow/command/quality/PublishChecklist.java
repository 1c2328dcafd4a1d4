package uk.ehcworkflow.command.quality;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.quality.ChecklistSection;

/** Publish a new version of the checklist, whole. */
public record PublishChecklist(@TargetAggregateIdentifier String checklistId, String title, List<ChecklistSection> sections) {
}
