package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;

/** The tribunal stated the day the local authority's response is due; that day, not the service's count, stands. */
public record AppealResponseDueStated(String disputeId, String caseId, LocalDate dueOn) implements DisputeEvent {
}
