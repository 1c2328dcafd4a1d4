package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;
import java.util.List;

/** The appeal's outcome, with what the tribunal ordered and when each order is due. */
public record AppealDecided(String disputeId, String caseId, LocalDate decidedOn, AppealOutcome outcome,
                            List<OrderDue> orders) implements DisputeEvent {
}
