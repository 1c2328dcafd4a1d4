package uk.ehcworkflow.query.worktray;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.CaseStatus;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.dispute.OpenDisputes;
import uk.ehcworkflow.query.plan.PlanState;
import uk.ehcworkflow.query.plan.PlanTimeline;

/**
 * A case officer's day: every time limit of every open case, active plan and dispute due within the chosen number of
 * days or already overdue, soonest first, with counts by status; in one officer's or one team's caseload when chosen,
 * a page at a time.
 *
 * @param total  how many deadlines the choice holds, on every page
 * @param counts how many deadlines of each status the choice holds
 */
public record WorkTray(LocalDate today, int withinDays, String officer, String team, int page, int size, long total,
                       int pages, List<OpenDeadline> deadlines, Map<OpenDeadline.Status, Long> counts) {

    static final int DEFAULT_WITHIN_DAYS = 28;

    /**
     * What the tray is asked to show.
     *
     * @param kind    only deadlines of this kind, or all when null
     * @param status  only deadlines in this state, or all when null
     * @param officer only this officer's caseload, or everyone's when null
     * @param team    only this team's caseload, or every team's when null
     */
    public record Choice(int withinDays, OpenDeadline.Kind kind, OpenDeadline.Status status, String officer, String team,
                         Paging paging) {

        /** Whether a tray of these choices shows the deadline: due within the days, of the kind, state and caseload chosen. */
        boolean shows(OpenDeadline deadline) {
            return deadline.daysLeft() <= withinDays && (kind == null || deadline.kind() == kind)
                    && (status == null || deadline.status() == status) && deadline.heldBy(officer, team);
        }
    }

    /** @param candidates every open deadline, of cases, plans and disputes, however far off */
    public static WorkTray of(List<OpenDeadline> candidates, LocalDate today, Choice choice) {
        List<OpenDeadline> due = candidates.stream()
                .filter(choice::shows)
                .sorted(Comparator.comparing(OpenDeadline::dueOn).thenComparing(d -> String.valueOf(d.reference())))
                .toList();
        Map<OpenDeadline.Status, Long> counts = new EnumMap<>(OpenDeadline.Status.class);
        for (OpenDeadline.Status each : OpenDeadline.Status.values()) {
            counts.put(each, due.stream().filter(deadline -> deadline.status() == each).count());
        }
        return new WorkTray(today, choice.withinDays(), choice.officer(), choice.team(), choice.paging().page(),
                choice.paging().size(), due.size(), choice.paging().pages(due.size()), choice.paging().slice(due), counts);
    }

    /** Every open case's deadlines not yet met. */
    static List<OpenDeadline> ofCases(List<AssessmentTimeline> openCases, Map<String, Child> children, LocalDate today) {
        return openCases.stream()
                .flatMap(timeline -> openDeadlines(timeline, children.get(timeline.assessmentId()), today).stream())
                .toList();
    }

    /**
     * Every active plan's deadlines not yet met: the annual review, a decision, an amended plan, a
     * phase transfer's setting, a re-assessment's decision or plan.
     *
     * @param references the case reference of each plan issued here, by plan id
     */
    static List<OpenDeadline> ofPlans(List<PlanTimeline> plans, Map<String, Child> children,
                                      Map<String, String> references, LocalDate today) {
        List<OpenDeadline> open = new ArrayList<>();
        for (PlanTimeline plan : plans) {
            PlanState state = plan.state();
            String assessmentId = state.origin() == PlanState.Origin.ISSUED_HERE ? state.planId() : null;
            for (PlanState.Open deadline : state.openOn(today)) {
                open.add(deadline(assessmentId, state.planId(), references.get(state.planId()),
                        children.get(state.planId()), OpenDeadline.Kind.of(deadline.deadline()), null, null,
                        deadline.dueBy(), today, deadline.exceptionApplies(), state.holder()));
            }
        }
        return open;
    }

    /**
     * Every open item of disagreement resolution: the family's windows, mediation, appeals, and
     * orders and agreements to carry out. The family's window and an appeal awaiting the tribunal
     * are never the local area's overdue.
     *
     * @param references the case reference of each assessment (or plan issued here), by id
     * @param holders    for a decision's window before any dispute, who holds its case or plan, by id
     */
    static List<OpenDeadline> ofDisputes(OpenDisputes open, Map<String, Child> children, Map<String, String> references,
                                         Map<String, Holder> holders, LocalDate today) {
        return open.items().stream().map(item -> {
            OpenDeadline.Status status = item.overdue() ? OpenDeadline.Status.OVERDUE
                    : item.daysLeft() >= 0 && item.daysLeft() <= CaseStatus.DUE_SOON_DAYS ? OpenDeadline.Status.DUE_SOON
                    : OpenDeadline.Status.ON_TRACK;
            boolean onPlan = item.decision().record() == AppealableDecision.Record.PLAN;
            return new OpenDeadline(onPlan ? null : item.caseId(), onPlan ? item.caseId() : null, item.disputeId(),
                    references.get(item.caseId()), children.get(item.caseId()), OpenDeadline.Kind.of(item.kind()), null, null,
                    item.dueBy(), ChronoUnit.DAYS.between(today, item.dueBy()), status, false,
                    item.heldBy() != null ? item.heldBy() : holders.get(item.caseId()));
        }).toList();
    }

    /**
     * The time limits of one open case not yet met: the decision, each outstanding advice, the
     * draft's 15 days, the plan; for a case a tribunal order reopened, the order's instead of the
     * statutory ones.
     */
    static List<OpenDeadline> openDeadlines(AssessmentTimeline timeline, Child child, LocalDate today) {
        List<OpenDeadline> open = new ArrayList<>();
        if (timeline.reopening().isPresent()) {
            for (AssessmentTimeline.OrderedStep step : timeline.underOrder()) {
                OpenDeadline.Kind kind = switch (step.step()) {
                    case NOTICE_TO_ASSESS -> OpenDeadline.Kind.ORDER_NOTICE;
                    case DRAFT_PLAN_ISSUED -> OpenDeadline.Kind.ORDER_DRAFT;
                    case FINAL_PLAN_ISSUED -> OpenDeadline.Kind.FINAL_PLAN;
                    default -> null;
                };
                if (kind != null && step.metOn() == null) {
                    open.add(deadline(timeline, child, kind, null, null, step.dueBy(), today, false));
                }
            }
            addAdvice(open, timeline, child, today);
            if (timeline.standing(Milestone.DECISION_TO_ASSESS).isPresent()) {
                addDraftResponse(open, timeline, child, today);
            }
            return open;
        }
        if (timeline.decision().isEmpty()) {
            open.add(deadline(timeline, child, OpenDeadline.Kind.DECISION, null, null, timeline.due().decision(), today,
                    !timeline.excusing(Milestone.DECISION_TO_ASSESS).isEmpty()));
        }
        addAdvice(open, timeline, child, today);
        if (timeline.decision().filter(step -> step.milestone() == Milestone.DECISION_TO_ASSESS).isPresent()) {
            addDraftResponse(open, timeline, child, today);
            open.add(deadline(timeline, child, OpenDeadline.Kind.FINAL_PLAN, null, null, timeline.due().finalPlan(), today,
                    !timeline.excusing(Milestone.FINAL_PLAN_ISSUED).isEmpty()));
        }
        return open;
    }

    private static void addAdvice(List<OpenDeadline> open, AssessmentTimeline timeline, Child child, LocalDate today) {
        for (AssessmentTimeline.Advice advice : timeline.advice()) {
            if (advice.submittedOn() == null) {
                open.add(deadline(timeline, child, OpenDeadline.Kind.ADVICE, advice.agency(), advice.adviceRequestId(),
                        advice.dueOn(), today, timeline.adviceExcused(advice.adviceRequestId())));
            }
        }
    }

    private static void addDraftResponse(List<OpenDeadline> open, AssessmentTimeline timeline, Child child, LocalDate today) {
        latestDraft(timeline).filter(served -> timeline.milestones().stream().noneMatch(step ->
                        step.milestone() == Milestone.DRAFT_RESPONSE_RECEIVED && !step.occurredOn().isBefore(served)))
                .ifPresent(served -> open.add(deadline(timeline, child, OpenDeadline.Kind.DRAFT_RESPONSE, null, null,
                        StatutoryCalendar.earliestFinalPlan(served).minusDays(1), today, false)));
    }

    private static Optional<LocalDate> latestDraft(AssessmentTimeline timeline) {
        return timeline.milestones().stream().filter(step -> step.milestone() == Milestone.DRAFT_PLAN_ISSUED)
                .map(AssessmentTimeline.Step::occurredOn).max(Comparator.naturalOrder());
    }

    private static OpenDeadline deadline(AssessmentTimeline timeline, Child child, OpenDeadline.Kind kind, Agency agency,
                                         String adviceRequestId, LocalDate dueOn, LocalDate today, boolean excused) {
        return deadline(timeline.assessmentId(), null, timeline.reference(), child, kind, agency, adviceRequestId, dueOn,
                today, excused, timeline.holder());
    }

    private static OpenDeadline deadline(String assessmentId, String planId, String reference, Child child,
                                         OpenDeadline.Kind kind, Agency agency, String adviceRequestId, LocalDate dueOn,
                                         LocalDate today, boolean excused, Holder heldBy) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        OpenDeadline.Status status = daysLeft < 0 ? OpenDeadline.Status.OVERDUE
                : daysLeft <= CaseStatus.DUE_SOON_DAYS ? OpenDeadline.Status.DUE_SOON : OpenDeadline.Status.ON_TRACK;
        return new OpenDeadline(assessmentId, planId, null, reference, child, kind, agency, adviceRequestId, dueOn, daysLeft,
                status, excused, heldBy);
    }
}
