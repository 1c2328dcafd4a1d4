package uk.ehcworkflow.query.dispute;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.query.audit.StoredEvents;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.deadline.DeadlineReader;
import uk.ehcworkflow.query.readmodel.DayCounts;
import uk.ehcworkflow.query.readmodel.JsonDocuments;
import uk.ehcworkflow.query.readmodel.RecordDocuments;

/** Disputes as the read model has them now, or rebuilt from their stored events as known at an instant. */
@Component
public class DisputeReader {

    private final MongoDatabase readStore;
    private final JsonDocuments documents;
    private final StoredEvents storedEvents;
    private final Clock clock;
    private final RecordDocuments<DisputeTimeline> byId;
    private final DeadlineReader deadlines;
    private final DayCounts counters;

    DisputeReader(MongoDatabase readStore, JsonDocuments documents, StoredEvents storedEvents, DeadlineReader deadlines,
                  Clock clock) {
        this.readStore = readStore;
        this.deadlines = deadlines;
        this.counters = new DayCounts(readStore.getCollection(DisputeProjection.FIGURES),
                readStore.getCollection(DisputeProjection.FIGURES_RECORDED));
        this.documents = documents;
        this.storedEvents = storedEvents;
        this.clock = clock;
        this.byId = new RecordDocuments<>(readStore.getCollection(DisputeProjection.COLLECTION), documents,
                DisputeTimeline.class, DisputeTimeline::lastSequence, clock);
    }

    /** Today's read model of the dispute, or null if the read side does not know it (yet). */
    public DisputeTimeline current(String disputeId) {
        return byId.byId(disputeId);
    }

    /** The dispute rebuilt from its own stream's events recorded by the instant, not from the read model. */
    public DisputeTimeline rebuild(String disputeId, Instant knownAt) {
        DisputeTimeline rebuilt = new DisputeTimeline();
        storedEvents.replay(disputeId, knownAt, DisputeEvent.class, rebuilt::apply);
        return rebuilt;
    }

    /**
     * The disputes about one assessment or plan: as they stand or, with {@code knownAt}, each
     * rebuilt from the store as known then (one opened later is left out).
     */
    public List<DisputeState> ofCase(String caseId, Instant knownAt) {
        return timelines(eq("caseId", caseId)).stream()
                .map(dispute -> knownAt == null ? dispute : rebuild(dispute.disputeId(), knownAt))
                .filter(DisputeTimeline::exists).map(DisputeTimeline::state).toList();
    }

    /** The disputes about one assessment or plan as they stand, with their histories (their letters among them). */
    public List<DisputeTimeline> aboutCase(String caseId) {
        return timelines(eq("caseId", caseId)).stream().filter(DisputeTimeline::exists).toList();
    }

    /** Every dispute the read model knows, as it stands or as known at an instant. */
    public List<DisputeState> all(Instant knownAt) {
        return timelines(new Document()).stream().map(dispute -> knownAt == null ? dispute : dispute.knownAt(knownAt))
                .filter(DisputeTimeline::exists).map(DisputeTimeline::state).toList();
    }

    /** The appealable decisions whose letters went out on or after a day: the ones whose windows may still be open. */
    public List<DecisionOnRecord> decisionsSince(LocalDate day) {
        return decisions(gte("letterOn", day.toString()));
    }

    /**
     * Every dispute's open window, mediation, appeal, order and agreement, and the windows of decisions
     * not disputed. Today's is read from the open deadlines, opening no dispute; another day's from every
     * dispute and the decisions whose windows may be open then.
     */
    public OpenDisputes openOn(LocalDate day) {
        if (day.equals(LocalDate.now(clock))) {
            return OpenDisputes.of(day, deadlines.all(day, DeadlineReader.Scope.EVERYONE, Set.of(DeadlineReader.Source.DISPUTES)));
        }
        return OpenDisputes.on(day, all(null), decisionsSince(StatutoryCalendar.earliestLetterStillAppealableOn(day)));
    }

    /**
     * The figures of a period from the counters: as they stand today or, with {@code knownAt}, as
     * recorded by then and read on that day. No dispute is opened.
     */
    public DisputeFigures figures(Period period, Instant knownAt) {
        if (knownAt == null) {
            return DisputeContribution.figures(period.from(), period.to(), LocalDate.now(clock), counters::sum);
        }
        return DisputeContribution.figures(period.from(), period.to(), knownAt.atZone(clock.getZone()).toLocalDate(),
                (from, to) -> counters.sumKnownAt(from, to, knownAt));
    }

    /** Waits, briefly, until the read model shows an event of the dispute after that sequence number. */
    public void awaitChange(String disputeId, long afterSequence) {
        byId.awaitChange(disputeId, afterSequence);
    }

    private List<DisputeTimeline> timelines(Bson filter) {
        List<DisputeTimeline> found = new ArrayList<>();
        for (Document stored : readStore.getCollection(DisputeProjection.COLLECTION).find(filter)) {
            found.add(documents.fromDocument(stored, DisputeTimeline.class));
        }
        return found;
    }

    private List<DecisionOnRecord> decisions(Bson filter) {
        List<DecisionOnRecord> found = new ArrayList<>();
        for (Document stored : readStore.getCollection(DisputeProjection.DECISIONS).find(filter)) {
            found.add(documents.fromDocument(stored, DecisionOnRecord.class));
        }
        return found;
    }
}
