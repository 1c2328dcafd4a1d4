package uk.ehcworkflow.command.common;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The rules every aggregate shares about dates: nothing that happened can be dated after today,
 * and no step before the one it follows.
 */
public final class Dates {

    public static final String DATE_IN_FUTURE = "date-in-future";
    public static final String STEPS_IN_ORDER = "steps-in-order";

    private Dates() {
    }

    public static void notInFuture(String field, LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date != null && date.isAfter(today)) {
            throw new RuleBroken(DATE_IN_FUTURE, field, field + " " + date + " is in the future (today is " + today + ").");
        }
    }

    /** Refuses a step dated before the one it follows; either date missing means there is nothing to compare. */
    public static void notBefore(String field, LocalDate on, String what, LocalDate earlier) {
        if (on != null && earlier != null && on.isBefore(earlier)) {
            throw new RuleBroken(STEPS_IN_ORDER, field, field + " " + on + " is before " + what + " on " + earlier + ".");
        }
    }
}
