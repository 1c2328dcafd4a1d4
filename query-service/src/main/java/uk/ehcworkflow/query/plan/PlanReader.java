package uk.ehcworkflow.query.plan;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanStream;
import uk.ehcworkflow.query.audit.StoredEvents;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.readmodel.JsonDocuments;
import uk.ehcworkflow.query.readmodel.ReadModelScan;
import uk.ehcworkflow.query.readmodel.RecordDocuments;

/** A plan as the read model has it now, or rebuilt from its stored events as known at an instant. */
@Component
public class PlanReader {

    private final MongoDatabase readStore;
    private final JsonDocuments documents;
    private final StoredEvents storedEvents;
    private final RecordDocuments<PlanTimeline> byId;

    PlanReader(MongoDatabase readStore, JsonDocuments documents, StoredEvents storedEvents, Clock clock) {
        this.readStore = readStore;
        this.documents = documents;
        this.storedEvents = storedEvents;
        this.byId = new RecordDocuments<>(readStore.getCollection(PlanTimelineProjection.COLLECTION), documents,
                PlanTimeline.class, PlanTimeline::lastSequence, clock);
    }

    /** Today's read model of the plan, or null if the read side does not know it (yet). */
    public PlanTimeline current(String planId) {
        return byId.byId(planId);
    }

    /**
     * Every plan the read model knows, a batch at a time ({@link ReadModelScan}), for the figures,
     * the overdue list, the work tray and the retention list.
     */
    public void eachBatch(Consumer<List<PlanTimeline>> use) {
        ReadModelScan.inBatches(readStore.getCollection(PlanTimelineProjection.COLLECTION), documents,
                PlanTimeline.class, PlanTimeline::exists, use);
    }

    /** Those plans the read model knows, by id. */
    public Map<String, PlanTimeline> byIds(Collection<String> planIds) {
        return ReadModelScan.byIds(readStore.getCollection(PlanTimelineProjection.COLLECTION), documents, PlanTimeline.class,
                planIds);
    }

    /** The annual review figures for a period, from every plan as it stands or, with {@code knownAt}, as known then. */
    public ReviewFigures figures(Period period, Instant knownAt) {
        ReviewFigures.Tally tally = new ReviewFigures.Tally(period);
        eachBatch(batch -> batch.stream().map(plan -> knownAt == null ? plan : plan.knownAt(knownAt))
                .filter(PlanTimeline::exists).map(PlanTimeline::state).forEach(tally::count));
        return tally.figures();
    }

    /** Every plan's deadlines past on the day, the reviews stalled since their meeting, and the plans in force. */
    public OverduePlans overdueOn(LocalDate day) {
        OverduePlans.Tally tally = new OverduePlans.Tally(day);
        eachBatch(batch -> batch.forEach(tally::count));
        return tally.overdue();
    }

    /** Waits, briefly, until the read model shows an event of the plan after that sequence number. */
    public void awaitChange(String planId, long afterSequence) {
        byId.awaitChange(planId, afterSequence);
    }

    /** The plan rebuilt from its own stream's events recorded by the instant, not from the read model. */
    public PlanTimeline rebuild(String planId, Instant knownAt) {
        PlanTimeline rebuilt = new PlanTimeline();
        storedEvents.replay(PlanStream.of(planId), knownAt, PlanEvent.class, rebuilt::apply);
        return rebuilt;
    }
}
