package uk.ehcworkflow.events.improvement;

import java.time.LocalDate;

/** The action's RAG status changed, effective {@code asOf}, for a stated reason. */
public record RagChanged(String actionId, Rag from, Rag to, String reason, LocalDate asOf)
        implements ImprovementActionEvent {
}
