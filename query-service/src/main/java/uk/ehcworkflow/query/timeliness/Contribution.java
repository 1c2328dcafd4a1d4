package uk.ehcworkflow.query.timeliness;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;

/**
 * What one assessment adds to the timeliness counters, by the day each thing counts on: a
 * request on the day it was received, a decision on its decision date, a plan on its issue
 * date, advice on its submission date. The projection applies the difference an event makes.
 */
final class Contribution {

    private Contribution() {
    }

    static Map<LocalDate, Map<String, Long>> of(AssessmentTimeline record) {
        Map<LocalDate, Map<String, Long>> counts = new TreeMap<>();
        if (!record.isOpened()) {
            return counts;
        }
        LocalDate received = record.requestReceivedOn();
        count(counts, received, Counter.REQUESTS_RECEIVED, 1);
        record.decision().ifPresent(decision -> {
            count(counts, decision.occurredOn(), Counter.DECISIONS_MADE, 1);
            if (StatutoryCalendar.inTime(decision.occurredOn(), record.due().decision())) {
                count(counts, decision.occurredOn(), Counter.DECISIONS_WITHIN_SIX_WEEKS, 1);
            }
        });
        record.finalPlanIssuedOn().ifPresent(issued -> countPlan(counts, record, received, issued));
        for (AssessmentTimeline.Advice advice : record.advice()) {
            if (advice.submittedOn() != null) {
                count(counts, advice.submittedOn(), Counter.adviceSubmitted(advice.agency()), 1);
                if (StatutoryCalendar.inTime(advice.submittedOn(), advice.dueOn())) {
                    count(counts, advice.submittedOn(), Counter.adviceWithinSixWeeks(advice.agency()), 1);
                }
            }
        }
        return counts;
    }

    private static void countPlan(Map<LocalDate, Map<String, Long>> counts, AssessmentTimeline record,
                                  LocalDate received, LocalDate issued) {
        long days = StatutoryCalendar.daysBetween(received, issued);
        boolean withinTwenty = StatutoryCalendar.withinWeeks(received, issued, StatutoryCalendar.FINAL_PLAN_WEEKS);
        count(counts, issued, Counter.FINAL_PLANS_ISSUED, 1);
        count(counts, issued, Counter.DAYS_TO_ISSUE, days);
        if (withinTwenty) {
            count(counts, issued, Counter.FINAL_PLANS_WITHIN_TWENTY_WEEKS, 1);
            count(counts, issued, Counter.BAND_WITHIN_TWENTY_WEEKS, 1);
        } else if (StatutoryCalendar.withinWeeks(received, issued, StatutoryCalendar.LONG_WAIT_WEEKS)) {
            count(counts, issued, Counter.BAND_TWENTY_TO_FIFTY_TWO_WEEKS, 1);
        } else {
            count(counts, issued, Counter.BAND_OVER_FIFTY_TWO_WEEKS, 1);
        }
        if (record.hasException(Deadline.FINAL_PLAN)) {
            count(counts, issued, Counter.PLANS_WITH_EXCEPTIONS, 1);
        } else {
            count(counts, issued, Counter.PLANS_WITHOUT_EXCEPTIONS, 1);
            if (withinTwenty) {
                count(counts, issued, Counter.PLANS_WITHOUT_EXCEPTIONS_WITHIN_TWENTY_WEEKS, 1);
            }
        }
        if (record.issuedWithAdviceMissing()) {
            count(counts, issued, Counter.ISSUED_WITH_ADVICE_MISSING, 1);
        }
    }

    /** after minus before, leaving out whatever did not change. */
    static Map<LocalDate, Map<String, Long>> difference(Map<LocalDate, Map<String, Long>> before,
                                                        Map<LocalDate, Map<String, Long>> after) {
        Map<LocalDate, Map<String, Long>> difference = new TreeMap<>();
        after.forEach((day, counters) -> counters.forEach((counter, value) -> count(difference, day, counter, value)));
        before.forEach((day, counters) -> counters.forEach((counter, value) -> count(difference, day, counter, -value)));
        difference.values().forEach(counters -> counters.values().removeIf(value -> value == 0));
        difference.values().removeIf(Map::isEmpty);
        return difference;
    }

    private static void count(Map<LocalDate, Map<String, Long>> counts, LocalDate day, String counter, long value) {
        counts.computeIfAbsent(day, d -> new HashMap<>()).merge(counter, value, Long::sum);
    }
}
