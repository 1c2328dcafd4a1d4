package uk.ehcworkflow.query.panel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.panel.PanelEvent;
import uk.ehcworkflow.query.readstore.BatchedDocuments;
import uk.ehcworkflow.query.readstore.JsonDocuments;

/** Builds {@code panel_decisions}: one document per sitting, found by the day it sat. */
@Component
@ProcessingGroup(PanelProjection.PROCESSOR)
class PanelProjection {

    static final String PROCESSOR = "panels";
    static final String COLLECTION = "panel_decisions";

    private final MongoCollection<Document> collection;
    private final BatchedDocuments<PanelRecord> panels;

    PanelProjection(MongoDatabase readStore, JsonDocuments documents) {
        this.collection = readStore.getCollection(COLLECTION);
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
}
