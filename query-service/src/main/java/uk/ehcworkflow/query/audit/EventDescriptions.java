package uk.ehcworkflow.query.audit;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.AdviceRequested;
import uk.ehcworkflow.events.assessment.AdviceSubmitted;
import uk.ehcworkflow.events.assessment.AssessmentOpened;
import uk.ehcworkflow.events.assessment.AssessmentReopened;
import uk.ehcworkflow.events.assessment.CaseAssigned;
import uk.ehcworkflow.events.assessment.LetterSent;
import uk.ehcworkflow.events.assessment.CaseReferenceAssigned;
import uk.ehcworkflow.events.assessment.ChildProfileRecorded;
import uk.ehcworkflow.events.assessment.ExceptionRecorded;
import uk.ehcworkflow.events.assessment.FamilyAdviceGiven;
import uk.ehcworkflow.events.assessment.FamilyInvitationAccepted;
import uk.ehcworkflow.events.assessment.FamilyToldOfPassedDate;
import uk.ehcworkflow.events.assessment.FamilyInvitationWithdrawn;
import uk.ehcworkflow.events.assessment.FamilyMemberInvited;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.audit.PersonalDataViewed;
import uk.ehcworkflow.events.audit.ReturnProduced;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.events.improvement.ActionRegistered;
import uk.ehcworkflow.events.improvement.MeasureRecorded;
import uk.ehcworkflow.events.improvement.ProgressRecorded;
import uk.ehcworkflow.events.improvement.RagChanged;
import uk.ehcworkflow.events.panel.PanelAttendanceRecorded;
import uk.ehcworkflow.events.panel.PanelDecisionRecorded;
import uk.ehcworkflow.events.panel.PanelScheduled;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.quality.ChecklistEvent;
import uk.ehcworkflow.events.quality.PlanAuditEvent;

/**
 * A line of plain English for each kind of event, and the business date it is about (when the
 * thing happened, as opposed to when it was recorded). Never a child's name: those are sealed.
 */
public final class EventDescriptions {

    /** What an event says, for people. */
    public record Described(LocalDate businessDate, String description) {
    }

    private EventDescriptions() {
    }

    public static Described describe(Object event) {
        if (event instanceof AssessmentOpened e) {
            return new Described(e.requestReceivedOn(), "Request for an EHC needs assessment received (from "
                    + e.requestSource() + (e.madeInYouthAccommodation() ? ", in relevant youth accommodation" : "")
                    + "); final plan due " + e.due().finalPlan());
        } else if (event instanceof ChildProfileRecorded) {
            return new Described(null, "Some of the child's details for the returns recorded (sealed)");
        } else if (event instanceof FamilyMemberInvited e) {
            return new Described(e.invitedOn(), "Family member (" + e.relationship() + ") invited to see the case by email "
                    + "(address sealed), to be taken up by " + e.acceptBy() + "; invitation " + e.invitationId());
        } else if (event instanceof FamilyAdviceGiven e) {
            return new Described(e.givenOn(), "Views and advice given by the family (" + e.relationship() + "; words sealed)"
                    + (e.file() == null ? "" : " with a " + e.file() + " file of " + e.fileBytes() + " bytes, SHA-256 "
                    + e.fileSha256()));
        } else if (event instanceof FamilyToldOfPassedDate e) {
            return new Described(null, "Family emailed that a date passed without its step: " + e.date() + ", due by " + e.dueBy());
        } else if (event instanceof FamilyInvitationAccepted e) {
            return new Described(null, "Family member first signed in with invitation " + e.invitationId());
        } else if (event instanceof FamilyInvitationWithdrawn e) {
            return new Described(null, "Invitation " + e.invitationId() + " withdrawn"
                    + (e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason()));
        } else if (event instanceof CaseReferenceAssigned e) {
            return new Described(null, "Case reference " + e.reference() + " assigned");
        } else if (event instanceof CaseAssigned e) {
            return new Described(null, "Case put in the caseload of " + heldBy(e.holder()));
        } else if (event instanceof MilestoneRecorded e) {
            return new Described(e.occurredOn(), "Milestone " + e.milestone() + " on " + e.occurredOn());
        } else if (event instanceof LetterSent e) {
            return new Described(e.sentOn(), "Letter " + e.notice() + " (step " + e.step() + ", decision of " + e.decidedOn()
                    + ") sent by " + e.channel() + " on " + e.sentOn() + (e.servedOn() == null ? "" : ", served " + e.servedOn())
                    + "; PDF SHA-256 " + e.pdfSha256());
        } else if (event instanceof AdviceRequested e) {
            return new Described(e.requestedOn(), "Advice requested from " + e.agency() + ", due " + e.dueOn());
        } else if (event instanceof AdviceSubmitted e) {
            return new Described(e.submittedOn(), "Advice submitted by " + e.agency() + " on " + e.submittedOn());
        } else if (event instanceof ExceptionRecorded e) {
            return new Described(e.from(), "Exception " + e.reason() + " recorded for the " + e.deadline() + " deadline from "
                    + e.from() + (e.to() == null ? "" : " to " + e.to()));
        } else if (event instanceof PanelScheduled e) {
            return new Described(e.heldOn(), e.kind() + " scheduled for " + e.heldOn());
        } else if (event instanceof PanelAttendanceRecorded e) {
            return new Described(null, e.member() + " attended for " + e.agency());
        } else if (event instanceof PanelDecisionRecorded e) {
            return new Described(e.heldOn(), "Panel decision " + e.decision() + " on assessment " + e.assessmentId());
        } else if (event instanceof ActionRegistered e) {
            return new Described(null, "Action " + e.reference() + " registered: " + e.title());
        } else if (event instanceof RagChanged e) {
            return new Described(e.asOf(), "RAG " + e.from() + " to " + e.to() + " from " + e.asOf() + ": " + e.reason());
        } else if (event instanceof ProgressRecorded e) {
            return new Described(null, "Progress recorded with " + e.evidence().size() + " piece(s) of evidence");
        } else if (event instanceof MeasureRecorded e) {
            return new Described(e.asOf(), "Measure '" + e.measure() + "' = " + e.value().toPlainString() + " as of " + e.asOf());
        } else if (event instanceof AssessmentReopened e) {
            return new Described(e.from(), "Reopened by tribunal order " + e.order() + " (dispute " + e.disputeId()
                    + "), overturning " + e.overturned() + " of " + e.overturnedOn() + "; now due: " + e.deadlines());
        } else if (event instanceof PlanEvent e) {
            return PlanDescriptions.describe(e);
        } else if (event instanceof DisputeEvent e) {
            return DisputeDescriptions.describe(e);
        } else if (event instanceof PlanAuditEvent e) {
            return QualityDescriptions.describe(e);
        } else if (event instanceof ChecklistEvent e) {
            return QualityDescriptions.describe(e);
        } else if (event instanceof ReturnProduced e) {
            return new Described(null, "Produced " + e.what());
        } else if (event instanceof PersonalDataViewed e) {
            return new Described(null, "Assessment " + e.assessmentId() + " viewed (" + e.view() + ")");
        }
        return new Described(null, event.getClass().getSimpleName());
    }

    /** A holder in words: the officer, and their team if they have one. */
    static String heldBy(Holder holder) {
        return holder.officer() + (holder.team() == null ? "" : " (" + holder.team() + ")");
    }
}
