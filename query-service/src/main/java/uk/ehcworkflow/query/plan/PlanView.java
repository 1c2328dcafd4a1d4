package uk.ehcworkflow.query.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.dispute.CaseDisputes;
import uk.ehcworkflow.query.dispute.DisputeState;

/**
 * A plan's timeline as the API and the pages show it, on a day: its status, the review it owes
 * and whether that is overdue, each review with its due dates and whether they were met, phase
 * transfers, re-assessments, the cessation, and every deadline past on that day; and what the
 * returns ask of it: the child's details, the needs and the personal budget on that day, and every placement.
 *
 * @param assessmentId the assessment whose final plan began it; null for a plan registered from before
 * @param heldBy       whose caseload the plan is in; null while in nobody's
 * @param request      the request behind a plan registered from before, when its registration gave it; null otherwise
 */
public record PlanView(String planId, PlanState.Origin origin, String assessmentId, Child child, PlanState.Status status,
                       Holder heldBy,
                       LocalDate issuedOn, LocalDate lastReviewDecisionBeforeRegistration, TransferIn transferredIn,
                       RequestBehind request, LocalDate nextReviewDueBy,
                       boolean reviewOverdue, List<PlanState.Review> reviews, List<ReviewDue> reviewsDue,
                       List<PlanState.Transfer> phaseTransfers, List<Reassessment> reassessments, Cessation cessation,
                       List<PlanState.Overdue> overdue, LocalDate on, long lastSequence,
                       @JsonUnwrapped CaseDisputes disputes, ChildProfile profile, PlanState.Needs needs,
                       List<PlanState.PlacementHeld> placements, PlanState.PersonalBudget personalBudget) {

    /** An annual review the plan owed: its last day, the decision that completed it, and whether in time. */
    public record ReviewDue(LocalDate dueBy, LocalDate completedOn, LocalDate endedOtherwiseOn, Boolean completedInTime) {
    }

    /** A re-assessment with its due dates and whether each was met. */
    public record Reassessment(String reassessmentId, LocalDate receivedOn, LocalDate decisionDueBy, Boolean decidedInTime,
                               boolean withinSixMonthsOfLastAssessment, Boolean reassess, LocalDate decidedOn,
                               LocalDate finalPlanDueBy, LocalDate draftServedOn, DraftResponse draftResponse,
                               LocalDate issuedOn, LocalDate notAmendedOn, Boolean withinFourteenWeeks,
                               boolean exceptionApplies, List<PlanState.ReassessmentException> exceptions) {
    }

    public record Cessation(LocalDate ceasedOn, CessationReason reason) {
    }

    /** The request behind a plan registered from before, as far as its registration gave it. */
    public record RequestBehind(LocalDate receivedOn, RequestSource source) {
    }

    /** A plan transferred in from another authority (reg 15): the family told within 6 weeks. */
    public record TransferIn(LocalDate on, String fromAuthority, LocalDate noticeDueBy, LocalDate noticeSentOn) {
    }

    /**
     * @param disputes the disputes about this plan's decisions, as they stood on that day
     * @param profile  the child's details for the returns, for those who may see them; null otherwise
     */
    public static PlanView of(PlanTimeline timeline, LocalDate on, Child child, List<DisputeState> disputes,
                              ChildProfile profile) {
        PlanState state = timeline.state();
        LocalDate nextReview = state.nextReviewDueBy().orElse(null);
        return new PlanView(state.planId(), state.origin(),
                state.origin() == PlanState.Origin.ISSUED_HERE ? state.planId() : null, child, state.status(), state.holder(),
                state.issuedOn(), state.lastReviewDecisionBeforeRegistration(),
                state.transferredInOn() == null ? null : new TransferIn(state.transferredInOn(), state.fromAuthority(),
                        StatutoryCalendar.transferNoticeDue(state.transferredInOn()), state.transferNoticeSentOn()),
                state.requestReceivedOn() == null && state.requestSource() == null ? null
                        : new RequestBehind(state.requestReceivedOn(), state.requestSource()),
                nextReview,
                nextReview != null && nextReview.isBefore(on), state.reviews(),
                state.periods().stream().filter(PlanState.ReviewPeriod::fellDue)
                        .map(p -> new ReviewDue(p.dueBy(), p.completedOn(), p.endedOtherwiseOn(),
                                p.completedOn() == null && p.endedOtherwiseOn() == null ? null : p.completedInTime())).toList(),
                state.transfers(),
                state.reassessments().stream().map(r -> new Reassessment(r.reassessmentId(), r.receivedOn(),
                        r.decisionDueBy(), r.decidedInTime(), r.withinSixMonthsOfLastAssessment(), r.reassess(),
                        r.decidedOn(), r.finalPlanDueBy(), r.draftServedOn(), r.draftResponse(), r.issuedOn(),
                        r.notAmendedOn(), r.withinFourteenWeeks(), r.exceptionApplies(),
                        r.exceptions())).toList(),
                state.ceasedOn() == null ? null : new Cessation(state.ceasedOn(), state.cessationReason()),
                state.overdueOn(on), on, timeline.lastSequence(),
                CaseDisputes.ofPlan(timeline.facts().stream().flatMap(fact -> DecisionLetter.of(fact.event()).stream()).toList(),
                        noticedLater(timeline), disputes, on),
                profile, state.needsOn(on).orElse(null), state.placements(), state.personalBudgetOn(on).orElse(null));
    }

    /** The review decisions whose step recorded their notice as going later than decided, with that day (ADR 44). */
    private static Map<DecisionLetter, LocalDate> noticedLater(PlanTimeline timeline) {
        Map<DecisionLetter, LocalDate> noticed = new HashMap<>();
        for (PlanTimeline.Fact fact : timeline.facts()) {
            if (fact.event() instanceof ReviewDecisionNotified decision && !decision.noticeSent().equals(decision.decidedOn())) {
                DecisionLetter.of(decision).ifPresent(letter -> noticed.put(letter, decision.noticeSent()));
            }
        }
        return noticed;
    }
}
