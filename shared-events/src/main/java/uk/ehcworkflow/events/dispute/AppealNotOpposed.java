package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;

/** The local authority told the tribunal it will not oppose the appeal: what it owes runs from this day (reg 45). */
public record AppealNotOpposed(String disputeId, String caseId, LocalDate on) implements DisputeEvent {
}
