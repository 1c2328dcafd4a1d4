package uk.ehcworkflow.events.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * A plan issued before this service was in use, or by another authority, was brought into it.
 *
 * @param lastReviewDecisionOn the last annual review's decision before registration, or null if none was held
 * @param reviewDueBy          the next review's last day, as the service counted it then
 * @param transferredInOn      for a plan transferred from another authority (reg 15), the day of the transfer;
 *                             null otherwise and in older events
 * @param fromAuthority        that authority's name; null when not transferred in
 * @param requestReceivedOn    the day the request for the assessment that led to the plan was received, when known;
 *                             null otherwise and in older events
 * @param requestSource        who made that request, when known; null otherwise and in older events
 */
public record PlanRegistered(String planId, SealedPersonalData child, LocalDate issuedOn, LocalDate lastReviewDecisionOn,
                             LocalDate reviewDueBy, LocalDate transferredInOn, String fromAuthority,
                             LocalDate requestReceivedOn, RequestSource requestSource) implements PlanEvent {

    /** The next review's last day as the rule now stands. */
    public LocalDate firstReviewDueBy() {
        return firstReviewDueBy(issuedOn, lastReviewDecisionOn, transferredInOn);
    }

    /** Within 12 months of the last review (or issue); for a plan transferred in, the later of that and 3 months from the transfer. */
    public static LocalDate firstReviewDueBy(LocalDate issuedOn, LocalDate lastReviewDecisionOn, LocalDate transferredInOn) {
        return transferredInOn == null ? StatutoryCalendar.firstReviewDueBy(issuedOn, lastReviewDecisionOn)
                : StatutoryCalendar.transferredReviewDueBy(issuedOn, lastReviewDecisionOn, transferredInOn);
    }
}
