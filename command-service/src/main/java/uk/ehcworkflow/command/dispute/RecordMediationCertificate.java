package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.dispute.MediationOutcome;

/** Record the mediation adviser's certificate: declined, or mediation held and how it ended. */
public record RecordMediationCertificate(@TargetAggregateIdentifier String disputeId, LocalDate issuedOn,
                                         boolean mediationHeld, MediationOutcome outcome) {
}
