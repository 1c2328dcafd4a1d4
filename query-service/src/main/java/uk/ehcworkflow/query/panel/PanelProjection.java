package uk.ehcworkflow.query.panel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
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
import uk.ehcworkflow.events.panel.PanelEvent;
import uk.ehcworkflow.query.readstore.BatchedDocuments;
import uk.ehcworkflow.query.readstore.JsonDocuments;
import uk.ehcworkflow.query.readstore.RebuildableProjection;

/** Builds {@code panel_decisions}: one document per sitting, found by the day it sat. */
@Component
@ProcessingGroup(PanelProjection.PROCESSOR)
class PanelProjection implements RebuildableProjection {

    static final String PROCESSOR = "panels";
    static final String COLLECTION = "panel_decisions";

    private final MongoDatabase readStore;
    private final JsonDocuments documents;
    private final MongoCollection<Document> collection;
    private final BatchedDocuments<PanelRecord> panels;

    @Autowired
    PanelProjection(MongoDatabase readStore, JsonDocuments documents) {
        this(readStore, documents, "");
    }

    private PanelProjection(MongoDatabase readStore, JsonDocuments documents, String suffix) {
        this.readStore = readStore;
        this.documents = documents;
        this.collection = readStore.getCollection(COLLECTION + suffix);
        this.panels = new BatchedDocuments<>(collection, PanelRecord.class, documents);
        collection.createIndex(Indexes.ascending("heldOn"));
    }

    @EventHandler
    void on(PanelEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(ActorMetadata.USER) String user) {
        panels.update(event.panelId(), PanelRecord::new, panel -> panel.apply(event, sequence, recordedAt, user));
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
        return new PanelProjection(readStore, documents, suffix);
    }

    @Override
    public String aggregateType() {
        return "Panel";
    }

    @Override
    public Map<String, Long> eventsPerAggregate() {
        return RebuildableProjection.countsFromSequence(collection, "lastSequence");
    }
}
