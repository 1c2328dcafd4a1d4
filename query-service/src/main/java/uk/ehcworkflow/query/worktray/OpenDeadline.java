package uk.ehcworkflow.query.worktray;

import uk.ehcworkflow.events.caseload.Holder;
import java.time.LocalDate;
import uk.ehcworkflow.query.dispute.OpenDisputes;
import uk.ehcworkflow.query.plan.PlanState;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.assessment.Child;

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
public record OpenDeadline(String assessmentId, String planId, String disputeId, String reference, Child child, Kind kind, Agency agency,
                           String adviceRequestId, LocalDate dueOn, long daysLeft, Status status, boolean exceptionApplies,
                           Holder heldBy) {

    /** Whether it is in this officer's caseload (any officer's when null) and this team's (any team's when null). */
    public boolean heldBy(String officer, String team) {
        return (officer == null || heldBy != null && officer.equals(heldBy.officer()))
                && (team == null || heldBy != null && team.equals(heldBy.team()));
    }

    /** The time limits a case officer works to: the assessment's, the plan's after issue, and disputes'. */
    public enum Kind {
        DECISION("Decision whether to assess"),
        ADVICE("Advice"),
        DRAFT_RESPONSE("Family's 15 days on the draft plan"),
        FINAL_PLAN("Final plan"),
        ANNUAL_REVIEW("Annual review"),
        REVIEW_DECISION("Review decision"),
        AMENDED_PLAN("Amended plan"),
        TRANSFER_NOTICE("Family told of the plan's transfer"),
        PHASE_TRANSFER("Amended plan for a phase transfer"),
        REASSESSMENT_DECISION("Re-assessment decision"),
        REASSESSED_PLAN("Re-assessed plan"),
        ORDER_NOTICE("Notice to assess, under a tribunal order"),
        ORDER_DRAFT("Draft plan, under a tribunal order"),
        APPEAL_WINDOW("Family's time to appeal"),
        MEDIATION("Mediation (30 days from the family asking for it)"),
        APPEAL("Appeal: local area's response"),
        TRIBUNAL_ORDER("Tribunal order carried out"),
        MEDIATION_AGREEMENT("Mediation agreement carried out");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Kind of(PlanState.Outstanding deadline) {
            return switch (deadline) {
                case REVIEW -> ANNUAL_REVIEW;
                case REVIEW_DECISION -> REVIEW_DECISION;
                case AMENDED_PLAN -> AMENDED_PLAN;
                case TRANSFER_NOTICE -> TRANSFER_NOTICE;
                case PHASE_TRANSFER_NAMING -> PHASE_TRANSFER;
                case REASSESSMENT_DECISION -> REASSESSMENT_DECISION;
                case REASSESSED_PLAN -> REASSESSED_PLAN;
            };
        }

        static Kind of(OpenDisputes.Kind open) {
            return switch (open) {
                case APPEAL_WINDOW -> APPEAL_WINDOW;
                case MEDIATION -> MEDIATION;
                case APPEAL -> APPEAL;
                case ORDER -> TRIBUNAL_ORDER;
                case AGREEMENT -> MEDIATION_AGREEMENT;
            };
        }
    }

    /** How a deadline stands today: overdue, due within two weeks, or further off. */
    public enum Status { OVERDUE, DUE_SOON, ON_TRACK }
}
