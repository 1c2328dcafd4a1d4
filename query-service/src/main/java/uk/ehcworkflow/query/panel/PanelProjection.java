package uk.ehcworkflow.query.panel;

import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.panel.PanelEvent;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;
import uk.ehcworkflow.query.readmodel.Recording;

/** Builds {@code panel_decisions}: one document per sitting, found by the day it sat. */
@Component
@ProcessingGroup(PanelProjection.PROCESSOR)
class PanelProjection extends ReadModelProjection {

    static final String PROCESSOR = "panels";
    static final String COLLECTION = "panel_decisions";

    private final BatchedDocuments<PanelSitting> panels;

    PanelProjection(ReadModelCollections writing) {
        super(writing, PROCESSOR, "Panel", PanelProjection::new, COLLECTION);
        this.panels = writing.documents(COLLECTION, PanelSitting.class, PanelEvent.class, PanelEvent::panelId);
        writing.collection(COLLECTION).createIndex(Indexes.ascending("heldOn"));
    }

    @EventHandler
    void on(PanelEvent event, Recording recording) {
        panels.update(event.panelId(), PanelSitting::new, panel -> panel.apply(event, recording));
    }
}
