package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * The decision on an annual review was notified: the review is done, and the next falls due.
 *
 * @param meetingHeldOn    the meeting it decides
 * @param decisionDueBy    4 weeks from that meeting
 * @param nextReviewDueBy  12 months from this decision
 * @param amendedPlanDueBy for {@link ReviewDecision#AMEND}, 8 weeks from this notice; null otherwise
 */
public record ReviewDecisionNotified(String planId, ReviewDecision decision, LocalDate decidedOn, LocalDate meetingHeldOn,
                                     LocalDate decisionDueBy, LocalDate nextReviewDueBy, LocalDate amendedPlanDueBy)
        implements PlanEvent {
}
