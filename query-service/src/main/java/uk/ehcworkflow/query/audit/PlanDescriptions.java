package uk.ehcworkflow.query.audit;

import java.time.LocalDate;
import uk.ehcworkflow.events.plan.AmendedPlanIssued;
import uk.ehcworkflow.events.plan.AmendmentResponseReceived;
import uk.ehcworkflow.events.plan.AmendmentsWithdrawn;
import uk.ehcworkflow.events.plan.CessationDecided;
import uk.ehcworkflow.events.plan.DecisionDisputed;
import uk.ehcworkflow.events.plan.NeedsRecorded;
import uk.ehcworkflow.events.plan.NewSettingNamed;
import uk.ehcworkflow.events.plan.PersonalBudgetRecorded;
import uk.ehcworkflow.events.plan.PhaseTransferPlanIssued;
import uk.ehcworkflow.events.plan.PhaseTransferSet;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.plan.PlacementEnded;
import uk.ehcworkflow.events.plan.PlacementStarted;
import uk.ehcworkflow.events.plan.PlanAssigned;
import uk.ehcworkflow.events.plan.PlanCeased;
import uk.ehcworkflow.events.plan.PlanChildProfileRecorded;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.PlanPersonalDataErased;
import uk.ehcworkflow.events.plan.PlanRegistered;
import uk.ehcworkflow.events.plan.ReassessedPlanIssued;
import uk.ehcworkflow.events.plan.ReassessmentDecided;
import uk.ehcworkflow.events.plan.ReassessmentDraftAnswered;
import uk.ehcworkflow.events.plan.ReassessmentDraftServed;
import uk.ehcworkflow.events.plan.ReassessmentExceptionRecorded;
import uk.ehcworkflow.events.plan.ReassessmentNotAmended;
import uk.ehcworkflow.events.plan.ReassessmentRequested;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.plan.ReviewMeetingHeld;
import uk.ehcworkflow.events.plan.TransferNoticeSent;
import uk.ehcworkflow.events.plan.PlanLetterSent;

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
                    + (e.transferredInOn() == null ? "" : ", transferred in on " + e.transferredInOn())
                    + (e.requestReceivedOn() == null ? "" : ", its request received " + e.requestReceivedOn())
                    + "); next annual review due by " + e.reviewDueBy());
        } else if (event instanceof ReviewMeetingHeld e) {
            return described(e.heldOn(), "Annual review meeting held; decision due by " + e.decisionDueBy());
        } else if (event instanceof ReviewDecisionNotified e) {
            return described(e.decidedOn(), "Review decision " + e.decision()
                    + (e.noticeSent().equals(e.decidedOn()) ? "" : ", notice sent " + e.noticeSent()) + " notified; next review due by "
                    + e.nextReviewDueBy() + (e.amendedPlanDueBy() == null ? "" : "; amended plan due by " + e.amendedPlanDueBy()));
        } else if (event instanceof AmendmentResponseReceived e) {
            return described(e.receivedOn(), "Family answered the proposed amendments (asked for " + e.requests() + ")");
        } else if (event instanceof AmendedPlanIssued e) {
            return described(e.issuedOn(), "Final amended plan issued");
        } else if (event instanceof AmendmentsWithdrawn e) {
            return described(e.decidedOn(), "Decided not to amend after all: " + e.reason());
        } else if (event instanceof PhaseTransferSet e) {
            return described(null, "Phase transfer " + e.transfer() + (e.moveOn() == null ? " in " + e.transferYear()
                    : " on " + e.moveOn()) + "; amended plan naming the new setting due by " + e.nameBy());
        } else if (event instanceof NewSettingNamed e) {
            return described(e.namedOn(), "New setting named for the phase transfer");
        } else if (event instanceof PhaseTransferPlanIssued e) {
            return described(e.issuedOn(), "Final amended plan issued naming the setting for the phase transfer");
        } else if (event instanceof TransferNoticeSent e) {
            return described(e.sentOn(), "Family told of the plan's transfer");
        } else if (event instanceof PlanLetterSent e) {
            return described(e.sentOn(), "Letter " + e.notice() + " (event " + e.event() + ", decision of " + e.decidedOn()
                    + ") sent by " + e.channel() + " on " + e.sentOn() + (e.servedOn() == null ? "" : ", served " + e.servedOn())
                    + "; PDF SHA-256 " + e.pdfSha256());
        } else if (event instanceof CessationDecided e) {
            return described(e.decidedOn(), "Decided to cease the plan (" + e.reason() + ")"
                    + (e.reason().appealable() ? "; the family may appeal" : ""));
        } else if (event instanceof DecisionDisputed e) {
            return described(null, "The " + e.decision() + " of " + e.letterOn() + " disputed");
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
        } else if (event instanceof ReassessmentDraftServed e) {
            return described(e.servedOn(), "Re-assessment's draft plan served");
        } else if (event instanceof ReassessmentDraftAnswered e) {
            return described(e.receivedOn(), "Family answered the re-assessment's draft (asked for " + e.requests() + ")");
        } else if (event instanceof ReassessmentNotAmended e) {
            return described(e.decidedOn(), "Decided, after re-assessing, not to amend the plan");
        } else if (event instanceof PlanAssigned e) {
            return described(null, "Plan put in the caseload of " + EventDescriptions.heldBy(e.holder()));
        } else if (event instanceof PlanChildProfileRecorded e) {
            return described(null, "Some of the child's details for the returns recorded (sealed)");
        } else if (event instanceof NeedsRecorded e) {
            return described(e.from(), "Primary need " + e.primary() + (e.secondary() == null ? "" : ", secondary need "
                    + e.secondary()) + " from " + e.from());
        } else if (event instanceof PlacementStarted e) {
            return described(e.placement().entryOn(), (e.placement().main() ? "Main" : "Subsidiary") + " placement at "
                    + place(e.placement()) + " from " + e.placement().entryOn());
        } else if (event instanceof PlacementEnded e) {
            return described(e.leavingOn(), "Placement " + e.placementId() + " ended; last day " + e.leavingOn());
        } else if (event instanceof PersonalBudgetRecorded e) {
            return described(e.from(), (e.agreed() ? "Personal budget agreed" + (e.organisedArrangements()
                    ? ", organised arrangements" : "") + (e.directPayments() ? ", direct payments" : "")
                    : "No personal budget") + " from " + e.from());
        } else if (event instanceof ReassessedPlanIssued e) {
            return described(e.issuedOn(), "Re-assessed plan issued; next annual review due by " + e.nextReviewDueBy());
        }
        return described(null, event.getClass().getSimpleName());
    }

    private static String place(Placement placement) {
        return placement.urn() != null ? "URN " + placement.urn()
                : placement.ukprn() != null ? "UKPRN " + placement.ukprn() : "setting " + placement.setting();
    }

    private static EventDescriptions.Described described(LocalDate on, String text) {
        return new EventDescriptions.Described(on, text);
    }
}
