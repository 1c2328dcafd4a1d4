package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.dispute.ComplianceStep;

/**
 * Record that what mediation agreed was carried out.
 *
 * @param step for an agreement on an appealable matter, the step that carried it out; null for its usual one
 */
public record RecordAgreementCompliance(@TargetAggregateIdentifier String disputeId, LocalDate compliedOn,
                                        ComplianceStep step) {
}
