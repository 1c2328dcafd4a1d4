package uk.ehcworkflow.query.worktray;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.dispute.DisputeReader;
import uk.ehcworkflow.query.dispute.OpenDisputes;
import uk.ehcworkflow.query.plan.PlanReader;
import uk.ehcworkflow.query.plan.PlanState;
import uk.ehcworkflow.query.plan.PlanTimeline;

/** The work tray of the signed-in case officer, for the page and the JSON alike: open cases, active plans and disputes. */
@Component
class OfficerWorkTray {

    static final int MAX_WITHIN_DAYS = 366;

    private final AssessmentReader assessments;
    private final PlanReader plans;
    private final DisputeReader disputes;
    private final ChildDetails children;
    private final Clock clock;

    OfficerWorkTray(AssessmentReader assessments, PlanReader plans, DisputeReader disputes, ChildDetails children,
                    Clock clock) {
        this.disputes = disputes;
        this.assessments = assessments;
        this.plans = plans;
        this.children = children;
        this.clock = clock;
    }

    WorkTray tray(int withinDays, OpenDeadline.Kind kind, OpenDeadline.Status status) {
        if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
            throw new InvalidRequestException("withinDays", "withinDays must be from 0 to " + MAX_WITHIN_DAYS + ".");
        }
        LocalDate today = LocalDate.now(clock);
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        List<AssessmentTimeline> open = assessments.openCases();
        List<OpenDeadline> candidates = new ArrayList<>(WorkTray.ofCases(open, children.ofAll(open, actor), today));

        List<PlanTimeline> active = plans.all().stream()
                .filter(plan -> plan.state().status() == PlanState.Status.ACTIVE).toList();
        Map<String, SealedPersonalData> sealed = new HashMap<>();
        active.forEach(plan -> sealed.put(plan.planId(), plan.child()));
        Map<String, String> references = assessments.references(active.stream().map(PlanTimeline::planId).toList());
        candidates.addAll(WorkTray.ofPlans(active, children.ofPlans(sealed, actor), references, today));
        candidates.addAll(disputes(today, actor));
        return WorkTray.of(candidates, today, withinDays, kind, status);
    }

    /** Disputes' open items, named by the child of the case or plan whose decision is disputed. */
    private List<OpenDeadline> disputes(LocalDate today, Actor actor) {
        OpenDisputes open = disputes.openOn(today);
        List<AssessmentTimeline> cases = new ArrayList<>();
        Map<String, SealedPersonalData> planChildren = new HashMap<>();
        open.items().stream().filter(item -> item.decision().record() == AppealableDecision.Record.ASSESSMENT)
                .map(OpenDisputes.Item::caseId).distinct().map(assessments::current).filter(Objects::nonNull)
                .forEach(cases::add);
        open.items().stream().filter(item -> item.decision().record() == AppealableDecision.Record.PLAN)
                .map(OpenDisputes.Item::caseId).distinct().map(plans::current).filter(Objects::nonNull)
                .forEach(plan -> planChildren.put(plan.planId(), plan.child()));
        Map<String, Child> named = new HashMap<>(children.ofAll(cases, actor));
        named.putAll(children.ofPlans(planChildren, actor));
        Map<String, String> references = assessments.references(
                open.items().stream().map(OpenDisputes.Item::caseId).distinct().toList());
        return WorkTray.ofDisputes(open, named, references, today);
    }
}
