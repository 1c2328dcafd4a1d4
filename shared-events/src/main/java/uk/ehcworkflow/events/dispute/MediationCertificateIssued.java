package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;

/**
 * The mediation adviser's certificate: the family declined mediation, or it was held.
 *
 * @param appealBy the later of 2 months from the letter and 1 month from this certificate (r.20(1)(c))
 */
public record MediationCertificateIssued(String disputeId, String caseId, LocalDate issuedOn, boolean mediationHeld,
                                         MediationOutcome outcome, LocalDate appealBy) implements DisputeEvent {
}
