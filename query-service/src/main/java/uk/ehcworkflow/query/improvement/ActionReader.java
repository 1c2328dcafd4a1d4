package uk.ehcworkflow.query.improvement;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import java.time.Clock;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.improvement.ImprovementActionEvent;
import uk.ehcworkflow.query.audit.StoredEvents;
import uk.ehcworkflow.query.common.ReadYourWrite;
import uk.ehcworkflow.query.readmodel.JsonDocuments;
import uk.ehcworkflow.query.readmodel.Recording;

/** Actions as the read model has them now, or one rebuilt from its stored events as known at an instant. */
@Component
public class ActionReader {

    private final MongoCollection<Document> actions;
    private final JsonDocuments documents;
    private final StoredEvents storedEvents;
    private final Clock clock;

    ActionReader(MongoDatabase readStore, JsonDocuments documents, StoredEvents storedEvents, Clock clock) {
        this.actions = readStore.getCollection(ActionProjection.COLLECTION);
        this.documents = documents;
        this.storedEvents = storedEvents;
        this.clock = clock;
    }

    /** Waits, briefly, until the read model shows an event of the action after that sequence number ({@link ReadYourWrite}). */
    public void awaitChange(String actionId, long afterSequence) {
        ReadYourWrite.await(clock, () -> {
            ActionTimeline now = current(actionId);
            return now == null ? -1 : now.lastSequence();
        }, afterSequence);
    }

    /** The action now, or null if the read side does not know it (yet). */
    public ActionTimeline current(String actionId) {
        Document stored = actions.find(eq("_id", actionId)).first();
        return stored == null ? null : documents.fromDocument(stored, ActionTimeline.class);
    }

    /** Every action now, in no particular order. */
    public List<ActionTimeline> all() {
        List<ActionTimeline> all = new ArrayList<>();
        for (Document stored : actions.find()) {
            all.add(documents.fromDocument(stored, ActionTimeline.class));
        }
        return all;
    }

    /** The action as recorded by the instant, or null if it had not been registered by then. */
    public ActionTimeline rebuild(String actionId, Instant knownAt) {
        ActionTimeline rebuilt = new ActionTimeline();
        for (DomainEventMessage<?> event : storedEvents.recordedBy(actionId, knownAt)) {
            if (event.getPayload() instanceof ImprovementActionEvent payload) {
                rebuilt.apply(payload, Recording.of(event));
            }
        }
        return rebuilt.actionId() == null ? null : rebuilt;
    }
}
