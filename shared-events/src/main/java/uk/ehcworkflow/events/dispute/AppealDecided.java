package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;
import java.util.List;

/**
 * The appeal's outcome, with what the tribunal ordered and when each order is due.
 *
 * @param sentOn the day the decision was sent, from which the orders run (reg 44); null in events
 *               stored before it was recorded, which counted from {@code decidedOn}
 */
public record AppealDecided(String disputeId, String caseId, LocalDate decidedOn, AppealOutcome outcome,
                            List<OrderDue> orders, LocalDate sentOn) implements DisputeEvent {

    /** The day the decision was sent: as recorded or, in an event stored without it, the day it was made. */
    public LocalDate sent() {
        return sentOn != null ? sentOn : decidedOn;
    }
}
