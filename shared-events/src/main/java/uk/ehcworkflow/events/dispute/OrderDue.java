package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;
import java.util.List;

/**
 * An order and what it owes.
 *
 * @param from  the day its periods run from: the order's, or the day the local authority said it would not oppose
 * @param steps each step it owes, with its last day
 * @param dueBy the last day to carry it out by its usual step
 */
public record OrderDue(TribunalOrder order, LocalDate from, List<StepDue> steps, LocalDate dueBy) {

    public static OrderDue of(TribunalOrder order, LocalDate from) {
        return new OrderDue(order, from, order.deadlines(from), order.dueBy(order.usualStep(), from));
    }
}
