package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;

/**
 * The family told the local authority they want mediation: its 30 days to arrange it run from
 * this day (reg 37). Without it the authority owes no mediation.
 */
public record MediationRequested(String disputeId, String caseId, LocalDate on) implements DisputeEvent {
}
