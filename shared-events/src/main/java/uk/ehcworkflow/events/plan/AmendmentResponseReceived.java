package uk.ehcworkflow.events.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.DraftResponse;

/**
 * The family answered the proposed amendments (reg 22(2)): only an answer asking for nothing
 * further lets the amended plan come before their 15 days are over.
 */
public record AmendmentResponseReceived(String planId, LocalDate receivedOn, DraftResponse requests) implements PlanEvent {
}
