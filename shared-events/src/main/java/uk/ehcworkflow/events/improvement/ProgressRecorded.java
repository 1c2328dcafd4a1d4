package uk.ehcworkflow.events.improvement;

import java.util.List;

/** A progress update on the action, with the evidence that supports it (documents, links, references). */
public record ProgressRecorded(String actionId, String note, List<String> evidence) implements ImprovementActionEvent {
}
