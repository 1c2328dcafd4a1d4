package uk.ehcworkflow.events.letter;

import java.util.Optional;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.events.dispute.OrderComplied;

/**
 * The notice a step of a dispute owes the family: an order carried out (ADR 48). The one place
 * that says which of a dispute's events make a letter. Like an assessment's, it is dated the day it
 * is sent; it starts none of the family's clocks.
 */
public record DisputeNotice(Notice notice, OrderComplied complied) {

    /** The notice a dispute's event owes the family, if it owes one. */
    public static Optional<DisputeNotice> of(DisputeEvent event) {
        return event instanceof OrderComplied complied
                ? Optional.of(new DisputeNotice(Notice.ORDER_COMPLIED, complied)) : Optional.empty();
    }
}
