package uk.ehcworkflow.query.worktray;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.platform.caseload.Teams;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.SecurityProperties;
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
    private final SecurityProperties security;

    OfficerWorkTray(AssessmentReader assessments, PlanReader plans, DisputeReader disputes, ChildDetails children,
                    Clock clock, SecurityProperties security) {
        this.security = security;
        this.disputes = disputes;
        this.assessments = assessments;
        this.plans = plans;
        this.children = children;
        this.clock = clock;
    }

    WorkTray tray(WorkTray.Choice choice) {
        if (choice.withinDays() < 0 || choice.withinDays() > MAX_WITHIN_DAYS) {
            throw new InvalidRequestException("withinDays", "withinDays must be from 0 to " + MAX_WITHIN_DAYS + ".");
        }
        LocalDate today = LocalDate.now(clock);
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        return WorkTray.of(openDeadlines(today, choice::shows, actor), today, choice);
    }

    /** Each officer's and team's share of the open work today, counted without opening any child's name. */
    Caseloads caseloads() {
        LocalDate today = LocalDate.now(clock);
        Caseloads.Tally tally = new Caseloads.Tally();
        // every officer the area has, those with nothing open too
        Teams.officers(security).forEach(officer -> tally.count(new Holder(officer.name(), officer.team()), 0, 0, 0, 0));
        assessments.eachOpenBatch(batch -> batch.forEach(timeline -> tally.count(timeline.holder(), 1, 0, 0, 0)));
        plans.eachBatch(batch -> batch.stream().filter(plan -> plan.state().status() == PlanState.Status.ACTIVE)
                .forEach(plan -> tally.count(plan.state().holder(), 0, 1, 0, 0)));
        Map<String, Holder> openDisputes = new HashMap<>();
        disputes.openOn(today).items().stream().filter(item -> item.disputeId() != null)
                .forEach(item -> openDisputes.put(item.disputeId(), item.heldBy()));
        openDisputes.values().forEach(holder -> tally.count(holder, 0, 0, 1, 0));
        openDeadlines(today, deadline -> deadline.status() == OpenDeadline.Status.OVERDUE, null)
                .forEach(deadline -> tally.count(deadline.heldBy(), 0, 0, 0, 1));
        return tally.on(today);
    }

    /**
     * The open deadlines on the day, of every open case, active plan and open dispute, that
     * {@code wanted} accepts: named for the actor, or, with no actor (for figures), named for no one.
     * A large area's cases and plans are read a batch at a time, and only the wanted are named.
     */
    List<OpenDeadline> openDeadlines(LocalDate today, Predicate<OpenDeadline> wanted, Actor actor) {
        List<OpenDeadline> found = new ArrayList<>();
        assessments.eachOpenBatch(batch -> {
            List<AssessmentTimeline> due = batch.stream()
                    .filter(timeline -> WorkTray.openDeadlines(timeline, null, today).stream().anyMatch(wanted)).toList();
            Map<String, Child> named = actor == null ? Map.of() : children.ofAll(due, actor);
            WorkTray.ofCases(due, named, today).stream().filter(wanted).forEach(found::add);
        });
        plans.eachBatch(batch -> {
            List<PlanTimeline> due = batch.stream().filter(plan -> plan.state().status() == PlanState.Status.ACTIVE)
                    .filter(plan -> WorkTray.ofPlans(List.of(plan), Map.of(), Map.of(), today).stream().anyMatch(wanted))
                    .toList();
            Map<String, SealedPersonalData> sealed = new HashMap<>();
            due.forEach(plan -> sealed.put(plan.planId(), plan.child()));
            Map<String, Child> named = actor == null ? Map.of() : children.ofPlans(sealed, actor);
            Map<String, String> references = actor == null ? Map.of() : assessments.references(sealed.keySet());
            WorkTray.ofPlans(due, named, references, today).stream().filter(wanted).forEach(found::add);
        });
        disputes(today, actor).stream().filter(wanted).forEach(found::add);
        return found;
    }

    /**
     * Disputes' open items, named by the child of the case or plan whose decision is disputed; a
     * decision's window before any dispute is held by whoever holds the case or plan.
     */
    private List<OpenDeadline> disputes(LocalDate today, Actor actor) {
        OpenDisputes open = disputes.openOn(today);
        if (actor == null) {
            return WorkTray.ofDisputes(open, Map.of(), Map.of(), Map.of(), today);
        }
        List<AssessmentTimeline> cases = new ArrayList<>();
        Map<String, SealedPersonalData> planChildren = new HashMap<>();
        Map<String, Holder> holders = new HashMap<>();
        open.items().stream().filter(item -> item.decision().record() == AppealableDecision.Record.ASSESSMENT)
                .map(OpenDisputes.Item::caseId).distinct().map(assessments::current).filter(Objects::nonNull)
                .forEach(timeline -> {
                    cases.add(timeline);
                    holders.put(timeline.assessmentId(), timeline.holder());
                });
        open.items().stream().filter(item -> item.decision().record() == AppealableDecision.Record.PLAN)
                .map(OpenDisputes.Item::caseId).distinct().map(plans::current).filter(Objects::nonNull)
                .forEach(plan -> {
                    planChildren.put(plan.planId(), plan.child());
                    holders.put(plan.planId(), plan.state().holder());
                });
        Map<String, Child> named = new HashMap<>(children.ofAll(cases, actor));
        named.putAll(children.ofPlans(planChildren, actor));
        Map<String, String> references = assessments.references(
                open.items().stream().map(OpenDisputes.Item::caseId).distinct().toList());
        return WorkTray.ofDisputes(open, named, references, holders, today);
    }
}
