package uk.ehcworkflow.events.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * An assessment's final plan was issued, and with it the plan began: the plan's id is the
 * assessment's, and the child's details are the ones sealed when the request was received.
 */
public record PlanIssued(String planId, SealedPersonalData child, LocalDate issuedOn, LocalDate reviewDueBy)
        implements PlanEvent {
}
