package uk.ehcworkflow.query.improvement;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.improvement.ImprovementActionEvent;
import uk.ehcworkflow.query.audit.StoredEvents;
import uk.ehcworkflow.query.readmodel.JsonDocuments;
import uk.ehcworkflow.query.readmodel.RecordDocuments;

/** Actions as the read model has them now, or one rebuilt from its stored events as known at an instant. */
@Component
public class ActionReader {

    private final MongoCollection<Document> actions;
    private final JsonDocuments documents;
    private final StoredEvents storedEvents;
    private final RecordDocuments<ActionTimeline> byId;

    ActionReader(MongoDatabase readStore, JsonDocuments documents, StoredEvents storedEvents, Clock clock) {
        this.actions = readStore.getCollection(ActionProjection.COLLECTION);
        this.documents = documents;
        this.storedEvents = storedEvents;
        this.byId = new RecordDocuments<>(actions, documents, ActionTimeline.class, ActionTimeline::lastSequence, clock);
    }

    /** Waits, briefly, until the read model shows an event of the action after that sequence number. */
    public void awaitChange(String actionId, long afterSequence) {
        byId.awaitChange(actionId, afterSequence);
    }

    /** The action now, or null if the read side does not know it (yet). */
    public ActionTimeline current(String actionId) {
        return byId.byId(actionId);
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
        storedEvents.replay(actionId, knownAt, ImprovementActionEvent.class, rebuilt::apply);
        return rebuilt.actionId() == null ? null : rebuilt;
    }
}
