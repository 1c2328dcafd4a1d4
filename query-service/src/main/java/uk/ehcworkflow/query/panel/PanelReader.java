package uk.ehcworkflow.query.panel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.readmodel.DayCounts;
import uk.ehcworkflow.query.readmodel.JsonDocuments;
import uk.ehcworkflow.query.readmodel.RecordDocuments;

/** Panel sittings as the read model has them. */
@Component
public class PanelReader {

    private final MongoCollection<Document> sittings;
    private final JsonDocuments documents;
    private final RecordDocuments<PanelSitting> byId;
    private final DayCounts figures;

    PanelReader(MongoDatabase readStore, JsonDocuments documents, Clock clock) {
        this.sittings = readStore.getCollection(PanelProjection.COLLECTION);
        this.figures = new DayCounts(readStore.getCollection(PanelProjection.FIGURES),
                readStore.getCollection(PanelProjection.FIGURES_RECORDED));
        this.documents = documents;
        this.byId = new RecordDocuments<>(sittings, documents, PanelSitting.class, PanelSitting::lastSequence, clock);
    }

    /** The sitting, or null if the read side does not know it (yet). */
    PanelSitting one(String panelId) {
        return byId.byId(panelId);
    }

    /** Waits, briefly, until the read model shows an event of the sitting after that sequence number. */
    void awaitChange(String panelId, long afterSequence) {
        byId.awaitChange(panelId, afterSequence);
    }

    /** How many of the period's sittings each agency attended: as it stands or, with {@code knownAt}, as recorded by then. */
    public PanelReports.CoverageReport coverage(Period period, Instant knownAt) {
        return PanelReports.coverage(period.from(), period.to(), knownAt == null ? figures.sum(period.from(), period.to())
                : figures.sumKnownAt(period.from(), period.to(), knownAt));
    }

    /** The decisions taken in the period, by outcome and by month, from the counters. */
    PanelReports.DecisionReport decisions(Period period) {
        return PanelReports.decisions(period.from(), period.to(), figures::sum);
    }

    /** The sittings held in the period, oldest first; dates are stored as ISO strings, which sort as dates. */
    public List<PanelSitting> heldIn(Period period) {
        List<PanelSitting> held = new ArrayList<>();
        for (Document stored : sittings.find(and(gte("heldOn", period.from().toString()), lte("heldOn", period.to().toString())))
                .sort(Sorts.ascending("heldOn"))) {
            held.add(documents.fromDocument(stored, PanelSitting.class));
        }
        return held;
    }
}
