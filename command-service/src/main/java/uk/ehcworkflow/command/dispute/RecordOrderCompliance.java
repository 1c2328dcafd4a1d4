package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/**
 * Record that an order was carried out.
 *
 * @param step the step that carried it out; null for the order's usual one
 */
public record RecordOrderCompliance(@TargetAggregateIdentifier String disputeId, TribunalOrder order, LocalDate compliedOn,
                                    ComplianceStep step) {
}
