package uk.ehcworkflow.command.common;

import java.time.Clock;
import java.time.LocalDate;

/** The one rule every aggregate shares about dates: nothing that happened can be dated after today. */
public final class Dates {

    public static final String DATE_IN_FUTURE = "date-in-future";

    private Dates() {
    }

    public static void notInFuture(String field, LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date != null && date.isAfter(today)) {
            throw new RuleBroken(DATE_IN_FUTURE, field + " " + date + " is in the future (today is " + today + ").");
        }
    }
}
