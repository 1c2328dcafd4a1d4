package uk.ehcworkflow.query.worktray;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.query.assessment.CaseStatus;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.deadline.DeadlineKind;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;

/**
 * One time limit of an open case or an active plan that has not yet been met: what is due, by
 * when, and how it stands today.
 *
 * @param assessmentId the case, or the assessment a plan came from; null for a plan registered from before
 * @param planId for a plan's deadline, the plan; otherwise null
 * @param disputeId for a dispute's deadline, the dispute; otherwise null
 * @param child the child's name, or that it was erased
 * @param agency for advice, the agency asked; otherwise null
 * @param daysLeft days until the due date; negative when overdue
 * @param exceptionApplies a recorded permitted exception excuses this time limit
 * @param heldBy whose caseload the case, plan or dispute is in; null while in nobody's
 */
public record OpenDeadline(String assessmentId, String planId, String disputeId, String reference, Child child, DeadlineKind kind, Agency agency,
                           String adviceRequestId, LocalDate dueOn, long daysLeft, Status status, boolean exceptionApplies,
                           Holder heldBy) {

    /**
     * How a time limit the read model keeps stands on the day, named for no one yet. A dispute's is
     * listed with the assessment or the plan whose decision is disputed.
     */
    static OpenDeadline of(OpenTimeLimit limit, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, limit.dueOn());
        Status status = Status.of(limit.dueOn(), limit.localAreasDuty(), today);
        boolean disputed = limit.caseId() != null;
        boolean onPlan = disputed && limit.decision().record() == AppealableDecision.Record.PLAN;
        return new OpenDeadline(disputed ? (onPlan ? null : limit.caseId()) : limit.assessmentId(),
                disputed ? (onPlan ? limit.caseId() : null) : limit.planId(), limit.disputeId(), null, null, limit.kind(),
                limit.agency(), limit.adviceRequestId(), limit.dueOn(), daysLeft, status, limit.exceptionApplies(),
                limit.heldBy());
    }

    /** The same, with the case reference and the child's name as the person reading may see it. */
    OpenDeadline named(String reference, Child child) {
        return new OpenDeadline(assessmentId, planId, disputeId, reference, child, kind, agency, adviceRequestId, dueOn,
                daysLeft, status, exceptionApplies, heldBy);
    }

    /** The record it is listed with: its plan, or else its case. */
    String recordId() {
        return planId != null ? planId : assessmentId;
    }

    /** Whether it is in this officer's caseload (any officer's when null) and this team's (any team's when null). */
    public boolean heldBy(String officer, String team) {
        return (officer == null || heldBy != null && officer.equals(heldBy.officer()))
                && (team == null || heldBy != null && team.equals(heldBy.team()));
    }

    /** How a deadline stands today: overdue, due within two weeks, or further off. */
    public enum Status {
        OVERDUE, DUE_SOON, ON_TRACK;

        /**
         * How a time limit due on the day given stands today: overdue once past if it is the local area's
         * duty (a family's window only closes), otherwise by the days left.
         */
        static Status of(LocalDate dueOn, boolean localAreasDuty, LocalDate today) {
            long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
            return localAreasDuty && StatutoryCalendar.overdueOn(dueOn, today) ? OVERDUE
                    : daysLeft >= 0 && daysLeft <= CaseStatus.DUE_SOON_DAYS ? DUE_SOON : ON_TRACK;
        }
    }
}
