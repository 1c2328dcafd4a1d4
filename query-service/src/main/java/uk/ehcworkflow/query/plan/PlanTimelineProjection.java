package uk.ehcworkflow.query.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanPersonalDataErased;
import uk.ehcworkflow.events.plan.PlanRegistered;
import uk.ehcworkflow.events.plan.PlanStream;
import uk.ehcworkflow.query.assessment.ChildIndex;
import uk.ehcworkflow.query.deadline.DeadlineReader;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;
import uk.ehcworkflow.query.readmodel.BatchedCounters;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.DayCounts;
import uk.ehcworkflow.query.readmodel.DerivedDifference;
import uk.ehcworkflow.query.readmodel.RangeEntries;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;
import uk.ehcworkflow.query.readmodel.RecordedCounters;
import uk.ehcworkflow.query.readmodel.Recording;

/**
 * Builds {@code plan_timeline}: one document per plan, by plan id, with its events as recorded;
 * {@code plan_deadlines}, the open time limits of each active plan, for the work tray and the overdue
 * list to read by due date; and {@code plan_figures}, the annual review figures as counters by day and
 * month, with {@code plan_figures_recorded} the same by when they were recorded ({@link ReviewContribution});
 * and {@code plan_child_index}, by which the child of a plan registered from before is found ({@link ChildIndex}).
 */
@Component
@ProcessingGroup(PlanTimelineProjection.PROCESSOR)
class PlanTimelineProjection extends ReadModelProjection {

    static final String PROCESSOR = "plan-timeline";
    static final String COLLECTION = "plan_timeline";
    static final String FIGURES = "plan_figures";
    static final String FIGURES_RECORDED = "plan_figures_recorded";

    private final BatchedDocuments<PlanTimeline> plans;
    private final RangeEntries<OpenTimeLimit> deadlines;
    private final BatchedCounters figures;
    private final RecordedCounters recorded;
    private final ChildIndex childIndex;
    private final RangeEntries<ChildIndex.Entry> children;

    PlanTimelineProjection(ReadModelCollections writing, ChildIndex childIndex) {
        super(writing, PROCESSOR, "Plan", collections -> new PlanTimelineProjection(collections, childIndex), COLLECTION,
                DeadlineReader.Source.PLANS.collection(), FIGURES, FIGURES_RECORDED, ChildIndex.PLANS);
        this.plans = writing.documents(COLLECTION, PlanTimeline.class, PlanEvent.class, PlanEvent::planId);
        this.deadlines = writing.rangeEntries(DeadlineReader.Source.PLANS.collection(), OpenTimeLimit::keys);
        this.figures = writing.counters(FIGURES);
        this.recorded = writing.recordedCounters(FIGURES_RECORDED);
        this.childIndex = childIndex;
        this.children = writing.rangeEntries(ChildIndex.PLANS, ChildIndex.Entry::keys);
    }

    /**
     * Shape 2 adds the open deadlines and the review figures' counters (ADR 36, ADR 37); 3 the child index
     * (ADR 38); 4 the plans in force as a running total by recorded month (ADR 37).
     */
    @Override
    public int shape() {
        return 4;
    }

    /**
     * The plan's deadlines are worked out again from the plan as it stands whenever one of its events is
     * handled, even one it had already folded in, so a batch delivered again after a crash writes what it
     * owes; the figures move once, by what the event changed in the plan's contribution to them.
     */
    @EventHandler
    void on(PlanEvent event, Recording recording, TrackingToken token) {
        plans.update(event.planId(), PlanTimeline::new, plan -> {
            Map<LocalDate, Map<String, Long>> before = contribution(plan);
            if (!plan.apply(event, recording)) {
                return false;
            }
            long position = token.position().orElseThrow(() -> new IllegalStateException("event without a position"));
            DayCounts.file(DayCounts.difference(before, contribution(plan)), figures, recorded, recording.recordedAt(),
                    position, Set.of(ReviewContribution.IN_FORCE));
            return true;
        });
        PlanTimeline plan = plans.get(event.planId());
        deadlines.replace(event.planId(), () -> plan.exists() ? plan.state().openTimeLimits() : List.of());
        if (event instanceof PlanRegistered || event instanceof PlanPersonalDataErased) {
            children.replace(event.planId(), childIndex.owed(event.planId(), registeredChild(plan)));
        }
    }

    /** The details a plan holds of its own: a registered plan's (an erased child's key is gone, so they open to nothing). */
    private static SealedPersonalData registeredChild(PlanTimeline plan) {
        return plan.exists() && plan.state().origin() == PlanState.Origin.REGISTERED ? plan.child() : null;
    }

    private static Map<LocalDate, Map<String, Long>> contribution(PlanTimeline plan) {
        return plan.exists() ? ReviewContribution.of(plan.state()) : Map.of();
    }

    /** Each active plan's open deadlines are those its timeline owes; the store counts its events by stream. */
    @Override
    public List<DerivedDifference> derivedDifferences(Map<String, Long> eventsAtHead) {
        Map<String, Long> byPlan = new HashMap<>();
        eventsAtHead.forEach((stream, count) -> byPlan.put(PlanStream.planIdOf(stream), count));
        Set<String> leftOut = new HashSet<>();
        Map<String, PlanTimeline> atHead = documentsAtHead(COLLECTION, PlanTimeline.class, byPlan, PlanTimeline::planId,
                plan -> plan.lastSequence() + 1, leftOut);
        Predicate<String> judged = id -> !leftOut.contains(id);
        List<DerivedDifference> differences = new ArrayList<>(
                deadlines.differences(owing(atHead, plan -> plan.state().openTimeLimits()), judged));
        Map<String, SealedPersonalData> held = new HashMap<>();
        atHead.forEach((planId, plan) -> held.put(planId, registeredChild(plan)));
        differences.addAll(children.differences(childIndex.owedBy(held), judged));
        return differences;
    }

    /** Documents are kept by plan id; the store counts events by stream. */
    @Override
    public Map<String, Long> eventsPerAggregate() {
        Map<String, Long> byStream = new HashMap<>();
        sequencesIn(COLLECTION).forEach((planId, count) -> byStream.put(PlanStream.of(planId), count));
        return byStream;
    }
}
