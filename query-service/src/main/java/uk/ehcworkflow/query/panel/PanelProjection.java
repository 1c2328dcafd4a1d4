package uk.ehcworkflow.query.panel;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.panel.PanelEvent;
import uk.ehcworkflow.query.readstore.BatchedDocuments;
import uk.ehcworkflow.query.readstore.JsonDocuments;
import uk.ehcworkflow.query.readstore.ReadModelProjection;

/** Builds {@code panel_decisions}: one document per sitting, found by the day it sat. */
@Component
@ProcessingGroup(PanelProjection.PROCESSOR)
class PanelProjection extends ReadModelProjection {

    static final String PROCESSOR = "panels";
    static final String COLLECTION = "panel_decisions";

    private final BatchedDocuments<PanelRecord> panels;

    @Autowired
    PanelProjection(MongoDatabase readStore, JsonDocuments documents) {
        this(readStore, documents, "");
    }

    private PanelProjection(MongoDatabase readStore, JsonDocuments documents, String suffix) {
        super(PROCESSOR, "Panel", readStore, documents, suffix, COLLECTION);
        this.panels = new BatchedDocuments<>(collection(COLLECTION), PanelRecord.class, documents,
                payload -> payload instanceof PanelEvent event ? event.panelId() : null);
        collection(COLLECTION).createIndex(Indexes.ascending("heldOn"));
    }

    @EventHandler
    void on(PanelEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(ActorMetadata.USER) String user) {
        panels.update(event.panelId(), PanelRecord::new, panel -> panel.apply(event, sequence, recordedAt, user));
    }

    @Override
    public Object copyWritingTo(String suffix) {
        return new PanelProjection(readStore, documents, suffix);
    }
}
