package uk.ehcworkflow.query.improvement;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.improvement.ImprovementActionEvent;
import uk.ehcworkflow.query.audit.StoredEvents;

/** An action rebuilt from its stored events as known at an instant, not from the read model. */
@Component
public class ActionHistory {

    private final StoredEvents storedEvents;

    ActionHistory(StoredEvents storedEvents) {
        this.storedEvents = storedEvents;
    }

    /** The action as recorded by the instant, or null if it had not been registered by then. */
    public ActionRecord rebuild(String actionId, Instant knownAt) {
        ActionRecord rebuilt = new ActionRecord();
        for (DomainEventMessage<?> event : storedEvents.recordedBy(actionId, knownAt)) {
            if (event.getPayload() instanceof ImprovementActionEvent payload) {
                rebuilt.apply(payload, event.getSequenceNumber(), event.getTimestamp(),
                        (String) event.getMetaData().get(ActorMetadata.USER));
            }
        }
        return rebuilt.actionId() == null ? null : rebuilt;
    }
}
