package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * The decision on an annual review was notified: the review is done, and the next falls due.
 *
 * @param meetingHeldOn    the meeting it decides
 * @param decisionDueBy    4 weeks from that meeting
 * @param nextReviewDueBy  12 months from this decision
 * @param amendedPlanDueBy for {@link ReviewDecision#AMEND}, 8 weeks from the notice, as the service counted it then
 * @param noticeSentOn     the day the notice went to the family (for AMEND, the proposed amendments
 *                         served); null in events stored before it was recorded, which were sent the day decided
 */
public record ReviewDecisionNotified(String planId, ReviewDecision decision, LocalDate decidedOn, LocalDate meetingHeldOn,
                                     LocalDate decisionDueBy, LocalDate nextReviewDueBy, LocalDate amendedPlanDueBy,
                                     LocalDate noticeSentOn) implements PlanEvent {

    /** The day the notice went: as recorded or, in an event stored without it, the day of the decision. */
    public LocalDate noticeSent() {
        return noticeSentOn != null ? noticeSentOn : decidedOn;
    }
}
