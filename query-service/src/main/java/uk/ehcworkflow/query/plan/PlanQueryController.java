package uk.ehcworkflow.query.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.common.TimeParameter;

/** Reads plans after issue: one plan's timeline, the annual review figures and the overdue list. */
@RestController
class PlanQueryController {

    private final PlanReader plans;
    private final ChildDetails children;
    private final AccessLog accessLog;
    private final Clock clock;

    PlanQueryController(PlanReader plans, ChildDetails children, AccessLog accessLog, Clock clock) {
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
        return PlanView.of(plan, on, child);
    }

    /** A calendar year or any period of whole days; with {@code asOf}, the figures as they were known at that instant. */
    @GetMapping("/api/reviews/timeliness")
    ReviewFigures timeliness(@RequestParam(required = false) Integer year,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String asOf) {
        Period period = Period.parse(year, from, to);
        Instant knownAt = TimeParameter.endOf("asOf", asOf, clock.getZone());
        return ReviewFigures.of(period, plans.all().stream()
                .map(plan -> knownAt == null ? plan : plan.knownAt(knownAt)).filter(PlanTimeline::exists)
                .map(PlanTimeline::state).toList());
    }

    /** One plan's deadline past on the day. */
    record OverduePlan(String planId, Child child, PlanState.Outstanding deadline, LocalDate dueBy, long daysOverdue) {
    }

    /** Reviews still incomplete (undecided, or amending with no outcome) at least 6, 12 and 24 months after their meeting. */
    record IncompleteReviews(long atLeastSixMonthsAfterMeeting, long atLeastTwelveMonthsAfterMeeting,
                             long atLeastTwentyFourMonthsAfterMeeting) {
    }

    record Overdue(LocalDate on, long plans, List<OverduePlan> deadlines, IncompleteReviews incompleteReviews) {
    }

    /** Every active plan's deadlines past on the day (default today), most overdue first, and the FOI's counts. */
    @GetMapping("/api/reviews/overdue")
    Overdue overdue(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        List<PlanTimeline> all = plans.all();
        Map<String, SealedPersonalData> sealed = new HashMap<>();
        Map<String, List<PlanState.Overdue>> pastDue = new HashMap<>();
        long[] incomplete = new long[3];
        for (PlanTimeline plan : all) {
            PlanState state = plan.state();
            List<PlanState.Overdue> overdue = state.overdueOn(day);
            if (!overdue.isEmpty()) {
                pastDue.put(plan.planId(), overdue);
                sealed.put(plan.planId(), plan.child());
            }
            state.incompleteReviewOn(day).ifPresent(review -> {
                incomplete[0] += review.heldOn().plusMonths(6).isAfter(day) ? 0 : 1;
                incomplete[1] += review.heldOn().plusMonths(12).isAfter(day) ? 0 : 1;
                incomplete[2] += review.heldOn().plusMonths(24).isAfter(day) ? 0 : 1;
            });
        }
        Map<String, Child> named = children.ofPlans(sealed, actor());
        List<OverduePlan> deadlines = pastDue.entrySet().stream().flatMap(entry -> entry.getValue().stream()
                        .map(o -> new OverduePlan(entry.getKey(), named.get(entry.getKey()), o.deadline(), o.dueBy(),
                                o.daysOverdue())))
                .sorted(Comparator.comparingLong(OverduePlan::daysOverdue).reversed()
                        .thenComparing(OverduePlan::planId)).toList();
        return new Overdue(day, pastDue.size(), deadlines, new IncompleteReviews(incomplete[0], incomplete[1], incomplete[2]));
    }

    private static Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
