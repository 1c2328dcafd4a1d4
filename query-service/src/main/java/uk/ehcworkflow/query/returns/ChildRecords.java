package uk.ehcworkflow.query.returns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.dispute.DisputeReader;
import uk.ehcworkflow.query.dispute.DisputeState;
import uk.ehcworkflow.query.plan.PlanReader;
import uk.ehcworkflow.query.plan.PlanState;
import uk.ehcworkflow.query.plan.PlanTimeline;
import uk.ehcworkflow.query.readmodel.ReadModelScan;

/**
 * The children's records a return or a list reports, as the read models knew them at an instant,
 * one at a time in the order of their source ids (a case's reference, or {@code PLAN-<id>} for a
 * plan registered from before), so that the same question always gives the same answer and a
 * large area never sits in memory at once. A first pass over every plan and every case keeps only
 * the ids in scope; a second reads them back a batch at a time and opens each batch's children
 * with one look-up of their keys.
 */
@Component
public class ChildRecords {

    private final AssessmentReader assessments;
    private final PlanReader plans;
    private final DisputeReader disputes;
    private final ChildDetails children;

    ChildRecords(AssessmentReader assessments, PlanReader plans, DisputeReader disputes, ChildDetails children) {
        this.assessments = assessments;
        this.plans = plans;
        this.disputes = disputes;
        this.children = children;
    }

    /**
     * Which records a return or list reports: the plans (the cases that began one are asked with
     * whether it is in scope) and the cases.
     */
    public record Scope(Predicate<PlanState> plan, BiPredicate<AssessmentTimeline, Boolean> assessment) {
    }

    /**
     * One record opened: a case with the plan it began (or null), or a registered plan (and no
     * case); its child as the return carries them; the disputes about its decisions.
     */
    public record Opened(String sourceId, String link, AssessmentTimeline assessment, PlanState plan,
                         ChildDetails.Returned child, List<DisputeState> disputes) {

        @Override
        public String toString() {
            return "Opened[" + sourceId + "]";
        }
    }

    /** A record in scope: a case (with the plan it began, if any), or a plan registered from before. */
    private record Ref(String assessmentId, String planId) {
    }

    /**
     * Hands each record in scope, as known at the instant (as it stands, given none), to
     * {@code record}, and the source id of each in scope whose
     * child's details were erased (no return can carry them), with the page of its record, to {@code erased}.
     */
    public void each(Scope scope, Instant knownAt, Actor actor, Consumer<Opened> record, BiConsumer<String, String> erased) {
        TreeMap<String, Ref> inScope = new TreeMap<>();
        Set<String> plansInScope = new HashSet<>();
        plans.eachBatch(batch -> batch.stream().map(plan -> knownAt == null ? plan : plan.knownAt(knownAt)).filter(PlanTimeline::exists)
                .map(PlanTimeline::state).filter(scope.plan()).forEach(plan -> {
                    if (plan.origin() == PlanState.Origin.REGISTERED) {
                        inScope.put("PLAN-" + plan.planId(), new Ref(null, plan.planId()));
                    } else {
                        plansInScope.add(plan.planId());
                    }
                }));
        assessments.eachBatch(batch -> batch.stream().map(a -> known(a, knownAt)).filter(AssessmentTimeline::isOpened)
                .filter(a -> scope.assessment().test(a, plansInScope.contains(a.assessmentId())))
                .forEach(a -> inScope.put(sourceId(a), new Ref(a.assessmentId(),
                        a.finalPlanIssuedOn().isPresent() ? a.assessmentId() : null))));
        Map<String, List<DisputeState>> disputesByCase = disputes.all(knownAt).stream()
                .collect(Collectors.groupingBy(DisputeState::caseId));
        List<Map.Entry<String, Ref>> batch = new ArrayList<>(ReadModelScan.BATCH);
        for (Map.Entry<String, Ref> entry : inScope.entrySet()) {
            batch.add(entry);
            if (batch.size() == ReadModelScan.BATCH) {
                build(batch, knownAt, actor, disputesByCase, record, erased);
                batch.clear();
            }
        }
        build(batch, knownAt, actor, disputesByCase, record, erased);
    }

    private void build(List<Map.Entry<String, Ref>> batch, Instant knownAt, Actor actor,
                       Map<String, List<DisputeState>> disputesByCase, Consumer<Opened> record, BiConsumer<String, String> erased) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, AssessmentTimeline> cases = assessments.byIds(batch.stream().map(e -> e.getValue().assessmentId())
                .filter(id -> id != null).toList());
        Map<String, PlanTimeline> planned = plans.byIds(batch.stream().map(e -> e.getValue().planId())
                .filter(id -> id != null).toList());
        Map<String, ChildDetails.Sealed> sealed = new HashMap<>();
        for (Map.Entry<String, Ref> entry : batch) {
            AssessmentTimeline a = known(cases.get(entry.getValue().assessmentId()), knownAt);
            PlanState plan = planOf(planned.get(entry.getValue().planId()), knownAt);
            List<SealedPersonalData> profiles = new ArrayList<>(a == null ? List.of() : a.profiles());
            profiles.addAll(plan == null ? List.of() : plan.profiles());
            sealed.put(entry.getKey(), new ChildDetails.Sealed(a != null ? a.child()
                    : planned.get(entry.getValue().planId()).child(), profiles));
        }
        Map<String, ChildDetails.Returned> opened = children.forReturns(sealed, actor);
        for (Map.Entry<String, Ref> entry : batch) {
            ChildDetails.Returned child = opened.get(entry.getKey());
            String link = entry.getValue().assessmentId() != null ? "/cases/" + entry.getValue().assessmentId()
                    : "/plans/" + entry.getValue().planId();
            if (child == null) {
                erased.accept(entry.getKey(), link);
                continue;
            }
            AssessmentTimeline a = known(cases.get(entry.getValue().assessmentId()), knownAt);
            PlanState plan = planOf(planned.get(entry.getValue().planId()), knownAt);
            record.accept(new Opened(entry.getKey(), link, a, plan, child,
                    a == null ? List.of() : disputesByCase.getOrDefault(a.assessmentId(), List.of())));
        }
    }

    /** The record as known at the instant; as it stands when none is given. */
    private static AssessmentTimeline known(AssessmentTimeline current, Instant knownAt) {
        return current == null || knownAt == null ? current : current.knownAt(knownAt);
    }

    private static PlanState planOf(PlanTimeline current, Instant knownAt) {
        if (current == null) {
            return null;
        }
        PlanTimeline known = knownAt == null ? current : current.knownAt(knownAt);
        return known.exists() ? known.state() : null;
    }

    private static String sourceId(AssessmentTimeline a) {
        return a.reference() != null ? a.reference() : a.assessmentId();
    }
}
