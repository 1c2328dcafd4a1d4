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
import java.util.function.Consumer;
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
 * The people a SEN2 return reports, as the read models knew them at an instant, one at a time in
 * the order of their source ids, so that the same year and instant always give the same return
 * and a large area never sits in memory at once. A first pass over every plan and every case
 * keeps only the ids in scope; a second reads them back a batch at a time and opens each
 * batch's children with one look-up of their keys.
 */
@Component
public class Sen2Source {

    private final AssessmentReader assessments;
    private final PlanReader plans;
    private final DisputeReader disputes;
    private final ChildDetails children;
    private final Sen2Codes codes;

    Sen2Source(AssessmentReader assessments, PlanReader plans, DisputeReader disputes, ChildDetails children, Sen2Codes codes) {
        this.assessments = assessments;
        this.plans = plans;
        this.disputes = disputes;
        this.children = children;
        this.codes = codes;
    }

    /** A record in scope: a case (with the plan it began, if any), or a plan registered from before. */
    private record Ref(String assessmentId, String planId) {
    }

    /**
     * Hands each person in scope to {@code person}, and the source id of each in scope whose
     * child's details were erased (the return cannot carry them), with the page of its record, to {@code erased}.
     */
    public void each(CollectionYear year, Instant knownAt, Actor actor, Consumer<Sen2Person> person, BiConsumer<String, String> erased) {
        Sen2Builder builder = new Sen2Builder(codes, year);
        TreeMap<String, Ref> inScope = new TreeMap<>();
        Set<String> plansInScope = new HashSet<>();
        plans.eachBatch(batch -> batch.stream().map(plan -> plan.knownAt(knownAt)).filter(PlanTimeline::exists)
                .map(PlanTimeline::state).filter(builder::inScope).forEach(plan -> {
                    if (plan.origin() == PlanState.Origin.REGISTERED) {
                        inScope.put("PLAN-" + plan.planId(), new Ref(null, plan.planId()));
                    } else {
                        plansInScope.add(plan.planId());
                    }
                }));
        assessments.eachBatch(batch -> batch.stream().map(a -> a.knownAt(knownAt)).filter(AssessmentTimeline::isOpened)
                .filter(a -> builder.inScope(a, plansInScope.contains(a.assessmentId())))
                .forEach(a -> inScope.put(sourceId(a), new Ref(a.assessmentId(),
                        a.finalPlanIssuedOn().isPresent() ? a.assessmentId() : null))));
        Map<String, List<DisputeState>> disputesByCase = disputes.all(knownAt).stream()
                .collect(Collectors.groupingBy(DisputeState::caseId));
        List<Map.Entry<String, Ref>> batch = new ArrayList<>(ReadModelScan.BATCH);
        for (Map.Entry<String, Ref> entry : inScope.entrySet()) {
            batch.add(entry);
            if (batch.size() == ReadModelScan.BATCH) {
                build(batch, builder, knownAt, actor, disputesByCase, person, erased);
                batch.clear();
            }
        }
        build(batch, builder, knownAt, actor, disputesByCase, person, erased);
    }

    private void build(List<Map.Entry<String, Ref>> batch, Sen2Builder builder, Instant knownAt, Actor actor,
                       Map<String, List<DisputeState>> disputesByCase, Consumer<Sen2Person> person, BiConsumer<String, String> erased) {
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
            if (child == null) {
                erased.accept(entry.getKey(), entry.getValue().assessmentId() != null
                        ? "/cases/" + entry.getValue().assessmentId() : "/plans/" + entry.getValue().planId());
                continue;
            }
            AssessmentTimeline a = known(cases.get(entry.getValue().assessmentId()), knownAt);
            PlanState plan = planOf(planned.get(entry.getValue().planId()), knownAt);
            person.accept(a == null ? builder.ofRegisteredPlan(entry.getKey(), plan, child)
                    : builder.ofCase(entry.getKey(), a, plan, child, disputesByCase.getOrDefault(a.assessmentId(), List.of())));
        }
    }

    private static AssessmentTimeline known(AssessmentTimeline current, Instant knownAt) {
        return current == null ? null : current.knownAt(knownAt);
    }

    private static PlanState planOf(PlanTimeline current, Instant knownAt) {
        if (current == null) {
            return null;
        }
        PlanTimeline known = current.knownAt(knownAt);
        return known.exists() ? known.state() : null;
    }

    private static String sourceId(AssessmentTimeline a) {
        return a.reference() != null ? a.reference() : a.assessmentId();
    }
}
