package uk.ehcworkflow.command.assessment;

import java.time.Clock;
import java.time.LocalDate;
import uk.ehcworkflow.command.common.RuleBroken;

/**
 * Every date recorded in an assessment lies within its life: not before the request was
 * received and not after today. A step logged late keeps its real date; the event's recorded
 * time shows the lateness.
 */
final class BusinessDates {

    static final String DATE_IN_FUTURE = "date-in-future";
    static final String DATE_BEFORE_REQUEST = "date-before-request";

    private BusinessDates() {
    }

    static void notInFuture(String field, LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date != null && date.isAfter(today)) {
            throw new RuleBroken(DATE_IN_FUTURE, field + " " + date + " is in the future (today is " + today + ").");
        }
    }

    static void withinAssessment(String field, LocalDate date, LocalDate requestReceivedOn, Clock clock) {
        if (date != null && date.isBefore(requestReceivedOn)) {
            throw new RuleBroken(DATE_BEFORE_REQUEST,
                    field + " " + date + " is before the request was received on " + requestReceivedOn + ".");
        }
        notInFuture(field, date, clock);
    }
}
