package uk.ehcworkflow.query.improvement;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.improvement.ImprovementActionEvent;
import uk.ehcworkflow.query.readstore.BatchedDocuments;
import uk.ehcworkflow.query.readstore.JsonDocuments;
import uk.ehcworkflow.query.readstore.RebuildableProjection;

/** Builds {@code improvement_actions}: each action's current state and its full history. */
@Component
@ProcessingGroup(ActionProjection.PROCESSOR)
class ActionProjection implements RebuildableProjection {

    static final String PROCESSOR = "improvement-actions";
    static final String COLLECTION = "improvement_actions";

    private final MongoDatabase readStore;
    private final JsonDocuments documents;
    private final MongoCollection<Document> collection;
    private final BatchedDocuments<ActionRecord> actions;

    @Autowired
    ActionProjection(MongoDatabase readStore, JsonDocuments documents) {
        this(readStore, documents, "");
    }

    private ActionProjection(MongoDatabase readStore, JsonDocuments documents, String suffix) {
        this.readStore = readStore;
        this.documents = documents;
        this.collection = readStore.getCollection(COLLECTION + suffix);
        this.actions = new BatchedDocuments<>(collection, ActionRecord.class, documents);
    }

    @EventHandler
    void on(ImprovementActionEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(ActorMetadata.USER) String user) {
        actions.update(event.actionId(), ActionRecord::new, action -> action.apply(event, sequence, recordedAt, user));
    }

    @ResetHandler
    void reset() {
        collection.deleteMany(new Document());
    }

    @Override
    public String name() {
        return PROCESSOR;
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public Object copyWritingTo(String suffix) {
        return new ActionProjection(readStore, documents, suffix);
    }

    @Override
    public String aggregateType() {
        return "ImprovementAction";
    }

    @Override
    public Map<String, Long> eventsPerAggregate() {
        return RebuildableProjection.countsFromSequence(collection, "lastSequence");
    }
}
