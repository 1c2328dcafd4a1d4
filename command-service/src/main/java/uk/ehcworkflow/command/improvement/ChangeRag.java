package uk.ehcworkflow.command.improvement;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.improvement.Rag;

/** Move an action to another RAG status, effective from a date, giving the reason. */
public record ChangeRag(@TargetAggregateIdentifier String actionId, Rag rag, String reason, LocalDate asOf) {
}
