package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;
import java.util.List;

/**
 * What mediation agreed. On an appealable matter it is carried out in the time an order would
 * allow (reg 44 via reg 42(2)); on any other matter within 2 weeks (reg 42(3)).
 *
 * @param order   for an appealable matter, the order the agreement amounts to; null otherwise
 * @param steps   what it owes, with the last day of each
 * @param dueBy   the last day to carry it out by its usual step
 */
public record MediationAgreementRecorded(String disputeId, String caseId, LocalDate agreedOn, String terms,
                                         boolean appealable, TribunalOrder order, List<StepDue> steps,
                                         LocalDate dueBy) implements DisputeEvent {
}
