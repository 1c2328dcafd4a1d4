package uk.ehcworkflow.query.worktray;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.platform.caseload.Teams;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.SecurityProperties;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.deadline.DeadlineKind;
import uk.ehcworkflow.query.deadline.DeadlineReader;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;
import uk.ehcworkflow.query.plan.PlanReader;

/**
 * The work tray of the signed-in case officer, for the page and the JSON alike: the open deadlines of
 * cases, active plans and disputes, read by due date from the open-deadlines read model, and only the
 * page shown named.
 */
@Component
class OfficerWorkTray {

    static final int MAX_WITHIN_DAYS = 366;
    static final Set<DeadlineReader.Source> EVERY_SOURCE = EnumSet.allOf(DeadlineReader.Source.class);

    private final DeadlineReader deadlines;
    private final AssessmentReader assessments;
    private final PlanReader plans;
    private final ChildDetails children;
    private final Clock clock;
    private final SecurityProperties security;

    OfficerWorkTray(DeadlineReader deadlines, AssessmentReader assessments, PlanReader plans, ChildDetails children,
                    Clock clock, SecurityProperties security) {
        this.deadlines = deadlines;
        this.assessments = assessments;
        this.plans = plans;
        this.children = children;
        this.clock = clock;
        this.security = security;
    }

    WorkTray tray(WorkTray.Choice choice) {
        if (choice.withinDays() < 0 || choice.withinDays() > MAX_WITHIN_DAYS) {
            throw new InvalidRequestException("withinDays", "withinDays must be from 0 to " + MAX_WITHIN_DAYS + ".");
        }
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        WorkTray tray = unnamed(choice, LocalDate.now(clock));
        return tray.showing(named(tray.deadlines(), actor));
    }

    /**
     * The tray, named for no one. A case's or a plan's time limits are all the local area's duty, so how
     * each stands follows from the due date its id holds: they are counted from their ids and only
     * those on the page, with the rest of the days it starts and ends in, are read. A dispute's (a
     * family's window stands otherwise) are read whole, as are all when a kind, or both an officer and a
     * team, are chosen, which the ids do not tell.
     */
    WorkTray unnamed(WorkTray.Choice choice, LocalDate today) {
        DeadlineReader.Scope scope = DeadlineReader.Scope.caseload(choice.officer(), choice.team());
        if (choice.kind() != null || choice.officer() != null && choice.team() != null) {
            return judgedWhole(choice, today);
        }
        List<Due> due = new ArrayList<>();
        for (DeadlineReader.Source source : List.of(DeadlineReader.Source.CASES, DeadlineReader.Source.PLANS)) {
            for (DeadlineReader.Kept kept : deadlines.keptDueBefore(choice.through(today).plusDays(1), scope, source)) {
                OpenDeadline.Status status = OpenDeadline.Status.of(kept.dueOn(), true, today);
                if (choice.status() == null || choice.status() == status) {
                    due.add(new Due(kept.dueOn(), status, source, kept.id(), null));
                }
            }
        }
        for (OpenTimeLimit limit : deadlines.dueBy(today, choice.through(today), scope, Set.of(DeadlineReader.Source.DISPUTES))) {
            OpenDeadline deadline = OpenDeadline.of(limit, today);
            if (choice.shows(deadline)) {
                due.add(new Due(deadline.dueOn(), deadline.status(), DeadlineReader.Source.DISPUTES, null, deadline));
            }
        }
        due.sort(Comparator.comparing(Due::dueOn));
        Paging.Widened<Due> around = choice.paging().widened(due, Due::dueOn);
        List<OpenDeadline> read = new ArrayList<>();
        around.items().stream().map(Due::deadline).filter(Objects::nonNull).forEach(read::add);
        for (DeadlineReader.Source source : List.of(DeadlineReader.Source.CASES, DeadlineReader.Source.PLANS)) {
            List<String> ids = around.items().stream().filter(each -> each.source() == source).map(Due::id).toList();
            if (!ids.isEmpty()) {
                deadlines.read(source, ids).forEach(limit -> read.add(OpenDeadline.of(limit, today)));
            }
        }
        read.sort(WorkTray.SOONEST_FIRST);
        return WorkTray.of(today, choice, due.stream().map(Due::status).toList(), around.cut(read));
    }

    /** The tray judged from every candidate time limit read whole. */
    WorkTray judgedWhole(WorkTray.Choice choice, LocalDate today) {
        List<OpenDeadline> candidates = deadlines.dueBy(today, choice.through(today),
                        DeadlineReader.Scope.caseload(choice.officer(), choice.team()), EVERY_SOURCE)
                .stream().map(limit -> OpenDeadline.of(limit, today)).toList();
        return WorkTray.of(candidates, today, choice);
    }

    /** A time limit the tray shows, known by its id and due date until read whole (a dispute's is read at once). */
    private record Due(LocalDate dueOn, OpenDeadline.Status status, DeadlineReader.Source source, String id,
                       OpenDeadline deadline) {
    }

    /**
     * Each officer's and team's share of the open work today, counted from the open deadlines, naming
     * no child: a case, plan or dispute is open while it owes a deadline (a case its decision or plan,
     * a plan its next review) other than a letter to send.
     */
    Caseloads caseloads() {
        LocalDate today = LocalDate.now(clock);
        Caseloads.Tally tally = new Caseloads.Tally();
        // every officer the area has, those with nothing open too
        Teams.officers(security).forEach(officer -> tally.count(new Holder(officer.name(), officer.team()), 0, 0, 0, 0));
        Set<String> counted = new HashSet<>();
        for (OpenTimeLimit limit : deadlines.all(today, DeadlineReader.Scope.EVERYONE, EVERY_SOURCE)) {
            if (limit.caseId() != null && limit.disputeId() == null) {
                continue; // a decision's window is the family's, and no record of its own
            }
            String record = limit.disputeId() != null ? "dispute " + limit.disputeId()
                    : limit.planId() != null ? "plan " + limit.planId() : "case " + limit.assessmentId();
            // a letter still to send is work, but does not keep a closed case open
            boolean first = limit.kind() != DeadlineKind.NOTICE && counted.add(record);
            tally.count(limit.heldBy(), first && record.startsWith("case") ? 1 : 0, first && record.startsWith("plan") ? 1 : 0,
                    first && record.startsWith("dispute") ? 1 : 0, limit.overdueOn(today) ? 1 : 0);
        }
        return tally.on(today);
    }

    /** The deadlines overdue on the day, of every case, plan and dispute, named for no one: for figures. */
    List<OpenDeadline> overdueOn(LocalDate today) {
        return deadlines.dueBy(today, today.minusDays(1), DeadlineReader.Scope.EVERYONE, EVERY_SOURCE).stream()
                .filter(limit -> limit.overdueOn(today)).map(limit -> OpenDeadline.of(limit, today)).toList();
    }

    /**
     * The page's deadlines with their case references and children, as the actor may see them: the
     * cases and plans on the page are read, and no others.
     */
    private List<OpenDeadline> named(List<OpenDeadline> page, Actor actor) {
        List<String> caseIds = page.stream().filter(d -> d.planId() == null).map(OpenDeadline::assessmentId).distinct().toList();
        List<String> planIds = page.stream().map(OpenDeadline::planId).filter(id -> id != null).distinct().toList();
        List<AssessmentTimeline> cases = new ArrayList<>(assessments.byIds(caseIds).values());
        Map<String, Child> named = new HashMap<>(children.ofAll(cases, actor));
        Map<String, String> references = new HashMap<>();
        cases.forEach(timeline -> references.put(timeline.assessmentId(), timeline.reference()));
        if (!planIds.isEmpty()) {
            Map<String, SealedPersonalData> sealed = plans.children(planIds);
            named.putAll(children.ofPlans(sealed, actor));
            references.putAll(assessments.references(planIds));
        }
        return page.stream().map(d -> d.named(references.get(d.recordId()), named.get(d.recordId()))).toList();
    }
}
