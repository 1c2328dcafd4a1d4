package uk.ehcworkflow.query.audit;

import java.time.LocalDate;
import uk.ehcworkflow.events.plan.AmendedPlanIssued;
import uk.ehcworkflow.events.plan.AmendmentsWithdrawn;
import uk.ehcworkflow.events.plan.NewSettingNamed;
import uk.ehcworkflow.events.plan.PhaseTransferSet;
import uk.ehcworkflow.events.plan.PlanCeased;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.PlanPersonalDataErased;
import uk.ehcworkflow.events.plan.PlanRegistered;
import uk.ehcworkflow.events.plan.ReassessedPlanIssued;
import uk.ehcworkflow.events.plan.ReassessmentDecided;
import uk.ehcworkflow.events.plan.ReassessmentExceptionRecorded;
import uk.ehcworkflow.events.plan.ReassessmentRequested;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.plan.ReviewMeetingHeld;

/** {@link EventDescriptions} for a plan's events: what happened, on the day it happened. Never a name. */
final class PlanDescriptions {

    private PlanDescriptions() {
    }

    static EventDescriptions.Described describe(PlanEvent event) {
        if (event instanceof PlanIssued e) {
            return described(e.issuedOn(), "EHC plan issued; first annual review due by " + e.reviewDueBy());
        } else if (event instanceof PlanRegistered e) {
            return described(e.issuedOn(), "Existing EHC plan registered (issued " + e.issuedOn()
                    + (e.lastReviewDecisionOn() == null ? "" : ", last reviewed " + e.lastReviewDecisionOn())
                    + "); next annual review due by " + e.reviewDueBy());
        } else if (event instanceof ReviewMeetingHeld e) {
            return described(e.heldOn(), "Annual review meeting held; decision due by " + e.decisionDueBy());
        } else if (event instanceof ReviewDecisionNotified e) {
            return described(e.decidedOn(), "Review decision " + e.decision() + " notified; next review due by "
                    + e.nextReviewDueBy() + (e.amendedPlanDueBy() == null ? "" : "; amended plan due by " + e.amendedPlanDueBy()));
        } else if (event instanceof AmendedPlanIssued e) {
            return described(e.issuedOn(), "Final amended plan issued");
        } else if (event instanceof AmendmentsWithdrawn e) {
            return described(e.decidedOn(), "Decided not to amend after all: " + e.reason());
        } else if (event instanceof PhaseTransferSet e) {
            return described(null, "Phase transfer " + e.transfer() + " in " + e.transferYear() + "; new setting to be named by "
                    + e.nameBy());
        } else if (event instanceof NewSettingNamed e) {
            return described(e.namedOn(), "New setting named for the phase transfer");
        } else if (event instanceof PlanCeased e) {
            return described(e.ceasedOn(), "Plan ceased (" + e.reason() + ")");
        } else if (event instanceof ReassessmentRequested e) {
            return described(e.receivedOn(), "Re-assessment requested; decision due by " + e.decisionDueBy()
                    + (e.withinSixMonthsOfLastAssessment() ? " (within 6 months of the last assessment)" : ""));
        } else if (event instanceof ReassessmentDecided e) {
            return described(e.decidedOn(), e.reassess() ? "Decided to re-assess; plan due by " + e.finalPlanDueBy()
                    : "Decided not to re-assess");
        } else if (event instanceof ReassessmentExceptionRecorded e) {
            return described(e.from(), "Exception " + e.reason() + " recorded for the re-assessment from " + e.from()
                    + (e.to() == null ? "" : " to " + e.to()));
        } else if (event instanceof PlanPersonalDataErased e) {
            return described(null, "The child's personal data erased: " + e.reason());
        } else if (event instanceof ReassessedPlanIssued e) {
            return described(e.issuedOn(), "Re-assessed plan issued; next annual review due by " + e.nextReviewDueBy());
        }
        return described(null, event.getClass().getSimpleName());
    }

    private static EventDescriptions.Described described(LocalDate on, String text) {
        return new EventDescriptions.Described(on, text);
    }
}
