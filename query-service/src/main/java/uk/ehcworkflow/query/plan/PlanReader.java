package uk.ehcworkflow.query.plan;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanStream;
import uk.ehcworkflow.query.audit.StoredEvents;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.deadline.DeadlineReader;
import uk.ehcworkflow.query.readmodel.DayCounts;
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
    private final DeadlineReader deadlines;
    private final DayCounts figures;
    private final Clock clock;

    PlanReader(MongoDatabase readStore, JsonDocuments documents, StoredEvents storedEvents, DeadlineReader deadlines,
               Clock clock) {
        this.readStore = readStore;
        this.deadlines = deadlines;
        this.figures = new DayCounts(readStore.getCollection(PlanTimelineProjection.FIGURES),
                readStore.getCollection(PlanTimelineProjection.FIGURES_RECORDED));
        this.clock = clock;
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
     * Every plan the read model knows, a batch at a time ({@link ReadModelScan}), for the returns and
     * the lists that carry every child, and a past day's overdue list.
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

    /**
     * The annual review figures for a period, from the counters: as they stand or, with {@code knownAt},
     * as recorded by then. No plan is opened.
     */
    public ReviewFigures figures(Period period, Instant knownAt) {
        if (knownAt == null) {
            return ReviewContribution.figures(period.from(), period.to(), figures.sum(period.from(), period.to()),
                    figures.sumUpTo(period.to()).getOrDefault(ReviewContribution.IN_FORCE, 0L));
        }
        return ReviewContribution.figures(period.from(), period.to(), figures.sumKnownAt(period.from(), period.to(), knownAt),
                figures.levelKnownAt(ReviewContribution.IN_FORCE, period.to(), knownAt));
    }

    /** The children of those plans the read model knows, sealed, by plan id: only the plans asked for are read. */
    public Map<String, SealedPersonalData> children(Collection<String> planIds) {
        Map<String, SealedPersonalData> sealed = new HashMap<>();
        for (Document stored : readStore.getCollection(PlanTimelineProjection.COLLECTION).find(in("_id", planIds))
                .projection(Projections.include("child"))) {
            PlanTimeline plan = documents.fromDocument(stored, PlanTimeline.class);
            if (plan.child() != null) {
                sealed.put(stored.getString("_id"), plan.child());
            }
        }
        return sealed;
    }

    /**
     * A page of the plans' deadlines past on the day, the reviews stalled since their meeting, and the plans
     * in force. Today's is read from the open deadlines and the count of plans in force, opening no plan
     * and reading only the page's deadlines; another day's is judged from every plan, by what had happened by then.
     */
    public OverduePlans overdueOn(LocalDate day, Paging paging) {
        if (!day.equals(LocalDate.now(clock))) {
            OverduePlans.Tally tally = new OverduePlans.Tally(day);
            eachBatch(batch -> batch.forEach(tally::count));
            return tally.overdue(paging);
        }
        // a plan's time limits are all the local area's: each one due before today is past
        List<DeadlineReader.Kept> past = deadlines.keptDueBefore(day, DeadlineReader.Scope.EVERYONE,
                DeadlineReader.Source.PLANS);
        // ids run by due date and then by plan as written, the list by days overdue and then by plan and deadline
        Paging.Widened<DeadlineReader.Kept> around = paging.widened(past, DeadlineReader.Kept::dueOn);
        List<OverduePlans.Entry> read = new ArrayList<>(deadlines.read(DeadlineReader.Source.PLANS,
                around.items().stream().map(DeadlineReader.Kept::id).toList()).stream()
                .map(limit -> new OverduePlans.Entry(limit.planId(), new PlanState.Overdue(
                        PlanState.Outstanding.of(limit.kind()).orElseThrow(), limit.dueOn(),
                        ChronoUnit.DAYS.between(limit.dueOn(), day)))).toList());
        read.sort(OverduePlans.MOST_OVERDUE_FIRST);
        OverduePlans.IncompleteReviews stalled = new OverduePlans.IncompleteReviews(
                deadlines.plansWithReviewIncompleteSince(OverduePlans.lastMeetingAtLeast(6, day)),
                deadlines.plansWithReviewIncompleteSince(OverduePlans.lastMeetingAtLeast(12, day)),
                deadlines.plansWithReviewIncompleteSince(OverduePlans.lastMeetingAtLeast(24, day)));
        return new OverduePlans(day, past.size(), past.stream().map(DeadlineReader.Kept::recordId).distinct().count(),
                around.cut(read), stalled, plansInForce());
    }

    /** How many plans are in force today: issued here or registered, and not ceased. */
    public long plansInForce() {
        return figures.sumUpTo(LocalDate.now(clock)).getOrDefault(ReviewContribution.IN_FORCE, 0L);
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
