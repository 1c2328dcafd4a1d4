package uk.ehcworkflow.command.assessment;

import java.time.Clock;
import java.time.LocalDate;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.RuleBroken;

/**
 * Every date recorded in an assessment lies within its life: not before the request was
 * received and not after today. A step logged late keeps its real date; the event's recorded
 * time shows the lateness.
 */
final class BusinessDates {

    static final String DATE_BEFORE_REQUEST = "date-before-request";

    private BusinessDates() {
    }

    static void withinAssessment(String field, LocalDate date, LocalDate requestReceivedOn, Clock clock) {
        if (date != null && date.isBefore(requestReceivedOn)) {
            throw new RuleBroken(DATE_BEFORE_REQUEST, field,
                    field + " " + date + " is before the request was received on " + requestReceivedOn + ".");
        }
        Dates.notInFuture(field, date, clock);
    }
}
