package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;

/** The local authority carried out what mediation agreed. */
public record AgreementComplied(String disputeId, String caseId, ComplianceStep step, LocalDate compliedOn, LocalDate dueBy,
                                boolean inTime) implements DisputeEvent {
}
