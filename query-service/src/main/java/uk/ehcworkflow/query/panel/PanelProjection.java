package uk.ehcworkflow.query.panel;

import java.time.LocalDate;
import java.util.Map;
import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.panel.PanelEvent;
import uk.ehcworkflow.query.readmodel.BatchedCounters;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.DayCounts;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;
import uk.ehcworkflow.query.readmodel.RecordedCounters;
import uk.ehcworkflow.query.readmodel.Recording;

/**
 * Builds {@code panel_decisions}: one document per sitting, found by the day it sat; and
 * {@code panel_figures}, each agency's attendance and the decisions taken as counters by day and
 * month, with {@code panel_figures_recorded} the same by when they were recorded.
 */
@Component
@ProcessingGroup(PanelProjection.PROCESSOR)
class PanelProjection extends ReadModelProjection {

    static final String PROCESSOR = "panels";
    static final String COLLECTION = "panel_decisions";
    static final String FIGURES = "panel_figures";
    static final String FIGURES_RECORDED = "panel_figures_recorded";

    private final BatchedDocuments<PanelSitting> panels;
    private final BatchedCounters figures;
    private final RecordedCounters recorded;

    PanelProjection(ReadModelCollections writing) {
        super(writing, PROCESSOR, "Panel", PanelProjection::new, COLLECTION, FIGURES, FIGURES_RECORDED);
        this.panels = writing.documents(COLLECTION, PanelSitting.class, PanelEvent.class, PanelEvent::panelId);
        this.figures = writing.counters(FIGURES);
        this.recorded = writing.recordedCounters(FIGURES_RECORDED);
        writing.collection(COLLECTION).createIndex(Indexes.ascending("heldOn"));
    }

    /** Shape 2 adds the figures' counters (ADR 37). */
    @Override
    public int shape() {
        return 2;
    }

    /** The figures move once, by what the event changed in the sitting's contribution to them. */
    @EventHandler
    void on(PanelEvent event, Recording recording, TrackingToken token) {
        panels.update(event.panelId(), PanelSitting::new, panel -> {
            Map<LocalDate, Map<String, Long>> before = PanelReports.contribution(panel);
            if (!panel.apply(event, recording)) {
                return false;
            }
            DayCounts.file(DayCounts.difference(before, PanelReports.contribution(panel)), figures, recorded,
                    recording.recordedAt(), token.position().orElseThrow(() -> new IllegalStateException("event without a position")));
            return true;
        });
    }
}
