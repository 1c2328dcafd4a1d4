package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;
import java.util.List;

/**
 * The family's appeal reached the tribunal. Stored before receipt was recorded, an event has
 * only {@code registeredOn}, which was then taken as the day the appeal came in (ADR 31).
 *
 * @param registeredOn  the day the tribunal registered it; null when not yet known
 * @param appealBy      the last day to appeal as it stood when recorded
 * @param late          received after that day: accepted, since the tribunal may extend time
 * @param responseDueBy the local authority's response as the service counted it then (r.21)
 * @param receivedOn    the day the tribunal received it, on which lateness is judged (r.20);
 *                      null in events stored before it was recorded
 */
public record AppealRegistered(String disputeId, String caseId, LocalDate registeredOn, List<AppealGround> grounds,
                               LocalDate appealBy, boolean late, LocalDate responseDueBy, LocalDate receivedOn)
        implements DisputeEvent {

    /** The day the appeal reached the tribunal: its receipt or, in an event stored without one, its registration. */
    public LocalDate cameIn() {
        return receivedOn != null ? receivedOn : registeredOn;
    }
}
