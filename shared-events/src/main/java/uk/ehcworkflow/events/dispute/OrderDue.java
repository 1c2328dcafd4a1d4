package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;
import java.util.List;

/**
 * An order and what it owes.
 *
 * @param from  the day its periods run from: the day the order was sent, or the day the local
 *              authority said it would not oppose (reg 45)
 * @param steps each step it owes, with its last day
 * @param dueBy the last day to carry it out by its usual step
 */
public record OrderDue(TribunalOrder order, LocalDate from, List<StepDue> steps, LocalDate dueBy) {

    /**
     * What each of the orders made together owes from one day. Orders to amend section I made
     * with an order to amend sections B and F are met by one amended plan in the longer period.
     */
    public static List<OrderDue> of(List<TribunalOrder> orders, LocalDate from) {
        return orders.stream().map(order -> {
            TribunalOrder periods = order.periodsAlongside(orders);
            return new OrderDue(order, from, periods.deadlines(from), periods.dueBy(periods.usualStep(), from));
        }).toList();
    }

    /** The last day for a step that carries the order out. */
    public LocalDate dueFor(ComplianceStep step) {
        return steps.stream().filter(each -> each.step() == step).findFirst().map(StepDue::dueBy)
                .orElseThrow(() -> new IllegalArgumentException(step + " does not carry out an order to " + order));
    }
}
