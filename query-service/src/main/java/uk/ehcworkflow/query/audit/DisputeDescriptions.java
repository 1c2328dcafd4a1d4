package uk.ehcworkflow.query.audit;

import java.time.LocalDate;
import uk.ehcworkflow.events.dispute.AgreementComplied;
import uk.ehcworkflow.events.dispute.AppealDecided;
import uk.ehcworkflow.events.dispute.AppealNotOpposed;
import uk.ehcworkflow.events.dispute.AppealRegistered;
import uk.ehcworkflow.events.dispute.AppealResponseDueStated;
import uk.ehcworkflow.events.dispute.DisputeAssigned;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.events.dispute.DisputeLetterSent;
import uk.ehcworkflow.events.dispute.DisputeOpened;
import uk.ehcworkflow.events.dispute.MediationAgreementRecorded;
import uk.ehcworkflow.events.dispute.MediationCertificateIssued;
import uk.ehcworkflow.events.dispute.MediationRequested;
import uk.ehcworkflow.events.dispute.OrderComplied;
import uk.ehcworkflow.events.dispute.OrderDue;
import uk.ehcworkflow.events.dispute.OrderExceptionRecorded;

/** {@link EventDescriptions} for a dispute's events: what happened, on the day it happened. Never a name. */
final class DisputeDescriptions {

    private DisputeDescriptions() {
    }

    static EventDescriptions.Described describe(DisputeEvent event) {
        if (event instanceof DisputeOpened e) {
            return described(e.adviserContactedOn() == null ? e.decisionLetterOn() : e.adviserContactedOn(),
                    e.decision() + " of " + e.decisionLetterOn() + " disputed"
                            + (e.adviserContactedOn() == null ? "" : "; mediation adviser contacted")
                            + "; appeal by " + e.appealBy());
        } else if (event instanceof DisputeLetterSent e) {
            return described(e.sentOn(), "Letter " + e.notice() + " (event " + e.event() + ", order carried out " + e.decidedOn()
                    + ") sent by " + e.channel() + " on " + e.sentOn() + (e.servedOn() == null ? "" : ", served " + e.servedOn())
                    + "; PDF SHA-256 " + e.pdfSha256());
        } else if (event instanceof MediationCertificateIssued e) {
            return described(e.issuedOn(), "Mediation certificate issued (" + e.outcome() + "); appeal by " + e.appealBy());
        } else if (event instanceof MediationAgreementRecorded e) {
            return described(e.agreedOn(), "Mediation agreement recorded" + (e.appealable() ? " (" + e.order() + ")" : "")
                    + "; to be carried out by " + e.dueBy());
        } else if (event instanceof AgreementComplied e) {
            return described(e.compliedOn(), "Mediation agreement carried out" + (e.inTime() ? " in time" : " late"));
        } else if (event instanceof MediationRequested e) {
            return described(e.on(), "Family asked the local authority for mediation");
        } else if (event instanceof AppealRegistered e) {
            return described(e.cameIn(), "Appeal received by the tribunal on " + e.grounds()
                    + (e.registeredOn() == null ? "" : "; registered " + e.registeredOn()) + (e.late() ? " (late)" : "")
                    + "; response due " + e.responseDueBy());
        } else if (event instanceof AppealResponseDueStated e) {
            return described(null, "Tribunal stated the response is due " + e.dueOn());
        } else if (event instanceof AppealNotOpposed e) {
            return described(e.on(), "Local authority will not oppose the appeal");
        } else if (event instanceof AppealDecided e) {
            return described(e.decidedOn(), "Appeal " + e.outcome() + (e.sent().equals(e.decidedOn()) ? "" : ", sent " + e.sent())
                    + (e.orders().isEmpty() ? ""
                    : "; ordered " + String.join(", ", e.orders().stream().map(DisputeDescriptions::order).toList())));
        } else if (event instanceof DisputeAssigned e) {
            return described(null, "Dispute put in the caseload of " + EventDescriptions.heldBy(e.holder()));
        } else if (event instanceof OrderExceptionRecorded e) {
            return described(e.from(), "Exception " + e.reason() + " recorded for order " + e.order() + " from " + e.from()
                    + (e.to() == null ? "" : " to " + e.to()));
        } else if (event instanceof OrderComplied e) {
            return described(e.compliedOn(), "Order " + e.order() + " complied with (" + e.step() + ")"
                    + (e.inTime() ? " in time" : " late"));
        }
        return described(null, event.getClass().getSimpleName());
    }

    private static String order(OrderDue order) {
        return order.order() + " by " + order.dueBy();
    }

    private static EventDescriptions.Described described(LocalDate on, String text) {
        return new EventDescriptions.Described(on, text);
    }
}
