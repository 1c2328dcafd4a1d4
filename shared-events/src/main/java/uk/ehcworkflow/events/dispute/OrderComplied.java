package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;

/** The local authority carried out an order, by that step. */
public record OrderComplied(String disputeId, String caseId, TribunalOrder order, ComplianceStep step, LocalDate compliedOn,
                            LocalDate dueBy, boolean inTime) implements DisputeEvent {
}
