package uk.ehcworkflow.query.timeliness;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import uk.ehcworkflow.events.common.Agency;

/**
 * Advice owed past its due date is a running total, not a count within a period: each day's
 * {@link Counter#advicePastDue} increments summed over every day up to a date. So that a
 * period's end does not read every day since the first case, the same increments are also
 * summed per month in one index document ({@code i:pastDue}, {@code 2024-06.HEALTH}).
 */
final class PastDue {

    static final String INDEX = "i:pastDue";
    /** The same increments as known at past instants ({@link uk.ehcworkflow.query.readmodel.RecordedCounters#addToTotal}). */
    static final String TOTAL = "pastDue";

    private PastDue() {
    }

    /** A day's past-due increments, filed under its month for the index. */
    static Map<String, Long> forIndex(LocalDate day, Map<String, Long> increments) {
        Map<String, Long> filed = new HashMap<>();
        byAgencyName(increments).forEach((agency, value) -> filed.put(YearMonth.from(day) + "." + agency, value));
        return filed;
    }

    /** A day's past-due increments by agency's name, as the running total as known at past instants keeps them. */
    static Map<String, Long> byAgencyName(Map<String, Long> increments) {
        Map<String, Long> byAgency = new HashMap<>();
        ofCounters(increments).forEach((agency, value) -> byAgency.put(agency.name(), value));
        return byAgency;
    }

    /**
     * What each agency owed past due at the end of {@code day}.
     *
     * @param byMonth the index: each month's net increments per agency
     * @param daysOfThatMonth the increments of {@code day}'s month day by day, needed only when {@code day} is not its last
     */
    static Map<Agency, Long> owedAt(LocalDate day, Map<YearMonth, Map<Agency, Long>> byMonth,
                                    NavigableMap<LocalDate, Map<Agency, Long>> daysOfThatMonth) {
        YearMonth month = YearMonth.from(day);
        boolean wholeMonth = day.equals(month.atEndOfMonth());
        Map<Agency, Long> owed = new HashMap<>();
        byMonth.forEach((filed, increments) -> {
            if (filed.isBefore(month) || wholeMonth && filed.equals(month)) {
                increments.forEach((agency, value) -> owed.merge(agency, value, Long::sum));
            }
        });
        if (!wholeMonth) {
            daysOfThatMonth.headMap(day, true).tailMap(month.atDay(1), true).values()
                    .forEach(increments -> increments.forEach((agency, value) -> owed.merge(agency, value, Long::sum)));
        }
        return owed;
    }

    /** The past-due increments of a counter document's flattened sums, by agency. */
    static Map<Agency, Long> ofCounters(Map<String, Long> counters) {
        Map<Agency, Long> byAgency = new HashMap<>();
        for (Agency agency : Agency.values()) {
            Long value = counters.get(Counter.advicePastDue(agency));
            if (value != null) {
                byAgency.put(agency, value);
            }
        }
        return byAgency;
    }
}
