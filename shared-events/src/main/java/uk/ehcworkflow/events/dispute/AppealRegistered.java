package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;
import java.util.List;

/**
 * The tribunal registered the family's appeal.
 *
 * @param appealBy   the last day to appeal as it stood when registered
 * @param late       registered after that day: accepted, since the tribunal may extend time
 * @param responseDueBy the local authority's response, 30 working days on (r.21)
 */
public record AppealRegistered(String disputeId, String caseId, LocalDate registeredOn, List<AppealGround> grounds,
                               LocalDate appealBy, boolean late, LocalDate responseDueBy) implements DisputeEvent {
}
