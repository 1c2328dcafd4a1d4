package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/**
 * Record what mediation agreed.
 *
 * @param order for an appealable matter, what the agreement amounts to; null for the decision's usual one
 */
public record RecordMediationAgreement(@TargetAggregateIdentifier String disputeId, LocalDate agreedOn, String terms,
                                       boolean appealable, TribunalOrder order) {
}
