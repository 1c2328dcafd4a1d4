package uk.ehcworkflow.events.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * A plan issued before this service was in use was brought into it.
 *
 * @param lastReviewDecisionOn the last annual review's decision before registration, or null if none was held
 * @param reviewDueBy          the next review's last day: 12 months from that decision, or from the issue if none
 */
public record PlanRegistered(String planId, SealedPersonalData child, LocalDate issuedOn, LocalDate lastReviewDecisionOn,
                             LocalDate reviewDueBy) implements PlanEvent {
}
