package uk.ehcworkflow.query.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.common.TimeParameter;
import uk.ehcworkflow.query.dispute.DisputeReader;

/** Reads plans after issue: one plan's timeline, the annual review figures and the overdue list. */
@RestController
class PlanQueryController {

    private final PlanReader plans;
    private final ChildDetails children;
    private final PlanChildProfile profiles;
    private final AccessLog accessLog;
    private final Clock clock;
    private final DisputeReader disputes;

    PlanQueryController(PlanReader plans, ChildDetails children, AccessLog accessLog, Clock clock, DisputeReader disputes,
                        PlanChildProfile profiles) {
        this.profiles = profiles;
        this.disputes = disputes;
        this.plans = plans;
        this.children = children;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The plan as it stands, or with {@code asOf} as it was known at that instant, with its deadlines on that day. */
    @GetMapping("/api/plans/{planId}")
    PlanView plan(@PathVariable String planId, @RequestParam(required = false) String asOf, HttpServletRequest request) {
        Instant knownAt = TimeParameter.endOf("asOf", asOf, clock.getZone());
        PlanTimeline plan = knownAt == null ? plans.current(planId) : plans.rebuild(planId, knownAt);
        if (plan == null || !plan.exists()) {
            throw new NotFoundException(knownAt == null ? "No plan " + planId + " is known (yet) to the read side."
                    : "Plan " + planId + " had not been recorded by " + knownAt + ".");
        }
        accessLog.caseViewed(planId, knownAt == null ? "plan" : "plan as known at " + knownAt, request);
        LocalDate on = knownAt == null ? LocalDate.now(clock) : knownAt.atZone(clock.getZone()).toLocalDate();
        Child child = children.ofPlans(Map.of(planId, plan.child()), actor()).get(planId);
        return PlanView.of(plan, on, child, disputes.ofCase(planId, knownAt), profiles.of(plan, knownAt, actor()));
    }

    /** A calendar year or any period of whole days; with {@code asOf}, the figures as they were known at that instant. */
    @GetMapping("/api/reviews/timeliness")
    ReviewFigures timeliness(@RequestParam(required = false) Integer year,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String asOf) {
        Period period = Period.parse(year, from, to);
        Instant knownAt = TimeParameter.endOf("asOf", asOf, clock.getZone());
        return plans.figures(period, knownAt);
    }

    /** One plan's deadline past on the day. */
    record OverduePlan(String planId, Child child, PlanState.Outstanding deadline, LocalDate dueBy, long daysOverdue) {
    }

    /**
     * @param plans  how many plans have a deadline past
     * @param total  how many deadlines are past, on every page
     */
    record Overdue(LocalDate on, long plans, long total, int page, int size, int pages, List<OverduePlan> deadlines,
                   OverduePlans.IncompleteReviews incompleteReviews) {
    }

    /**
     * Every active plan's deadlines past on the day (default today), most overdue first, a page at a
     * time (the children named only on it), and the FOI's counts.
     */
    @GetMapping("/api/reviews/overdue")
    Overdue overdue(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(defaultValue = "1") int page,
                    @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        OverduePlans overdue = plans.overdueOn(on == null ? LocalDate.now(clock) : on, paging);
        List<OverduePlans.Entry> shown = overdue.shown();
        Map<String, Child> named = children.ofPlans(plans.children(shown.stream().map(OverduePlans.Entry::planId)
                .distinct().toList()), actor());
        return new Overdue(overdue.on(), overdue.plans(), overdue.total(), paging.page(), paging.size(),
                paging.pages(overdue.total()), shown.stream().map(entry -> new OverduePlan(
                entry.planId(), named.get(entry.planId()), entry.overdue().deadline(),
                entry.overdue().dueBy(), entry.overdue().daysOverdue())).toList(), overdue.incompleteReviews());
    }

    private static Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
