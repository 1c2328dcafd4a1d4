package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;
import java.util.Optional;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.plan.AmendedPlanIssued;
import uk.ehcworkflow.events.plan.AmendmentsWithdrawn;
import uk.ehcworkflow.events.plan.CessationDecided;
import uk.ehcworkflow.events.plan.PhaseTransferPlanIssued;
import uk.ehcworkflow.events.plan.ReassessedPlanIssued;
import uk.ehcworkflow.events.plan.ReassessmentDecided;
import uk.ehcworkflow.events.plan.ReassessmentNotAmended;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;

/**
 * An appealable decision as its letter went out: which decision, and the day of the step that
 * made it. The one place that says which recorded events are appealable.
 */
public record DecisionLetter(AppealableDecision decision, LocalDate letterOn) {

    /** The appealable decision an event records, if it records one. */
    public static Optional<DecisionLetter> of(Object event) {
        if (event instanceof MilestoneRecorded e) {
            return of(e.milestone(), e.occurredOn());
        } else if (event instanceof ReviewDecisionNotified e) {
            return switch (e.decision()) {
                case MAINTAIN -> letter(AppealableDecision.REVIEW_MAINTAIN, e.decidedOn());
                case CEASE -> letter(AppealableDecision.REVIEW_CEASE, e.decidedOn());
                case AMEND -> Optional.empty();
            };
        } else if (event instanceof CessationDecided e && e.reason().appealable()) {
            return letter(AppealableDecision.DECISION_TO_CEASE, e.decidedOn());
        } else if (event instanceof AmendedPlanIssued e) {
            return letter(AppealableDecision.AMENDED_PLAN_ISSUED, e.issuedOn());
        } else if (event instanceof AmendmentsWithdrawn e) {
            return letter(AppealableDecision.DECISION_NOT_TO_AMEND, e.decidedOn());
        } else if (event instanceof ReassessmentNotAmended e) {
            return letter(AppealableDecision.DECISION_NOT_TO_AMEND, e.decidedOn());
        } else if (event instanceof PhaseTransferPlanIssued e) {
            return letter(AppealableDecision.AMENDED_PLAN_ISSUED, e.issuedOn());
        } else if (event instanceof ReassessmentDecided e && !e.reassess()) {
            return letter(AppealableDecision.REASSESSMENT_REFUSED, e.decidedOn());
        } else if (event instanceof ReassessedPlanIssued e) {
            return letter(AppealableDecision.REASSESSED_PLAN_ISSUED, e.issuedOn());
        }
        return Optional.empty();
    }

    /** The appealable decision an assessment's step records, if it records one. */
    public static Optional<DecisionLetter> of(Milestone milestone, LocalDate on) {
        return switch (milestone) {
            case DECISION_NOT_TO_ASSESS -> letter(AppealableDecision.DECISION_NOT_TO_ASSESS, on);
            case DECISION_NOT_TO_ISSUE -> letter(AppealableDecision.DECISION_NOT_TO_ISSUE, on);
            case FINAL_PLAN_ISSUED -> letter(AppealableDecision.FINAL_PLAN_ISSUED, on);
            default -> Optional.empty();
        };
    }

    private static Optional<DecisionLetter> letter(AppealableDecision decision, LocalDate on) {
        return Optional.of(new DecisionLetter(decision, on));
    }
}
