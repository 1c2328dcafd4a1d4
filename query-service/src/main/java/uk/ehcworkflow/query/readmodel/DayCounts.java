package uk.ehcworkflow.query.readmodel;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Figures kept as counters filed by the day each fact falls on (ADR 9): a record's contribution is
 * worked out before and after each of its events, and the difference added to the day's and the
 * month's counters ({@link PeriodKey}) and, by when it was recorded, to {@link RecordedCounters}. A
 * period's figures are then a sum of a few documents, and the same figures as known at a past
 * instant a sum of what had been recorded by then.
 */
public final class DayCounts {

    private final MongoCollection<Document> counters;
    private final RecordedCounters recorded;

    /** For readers: the counters and the same increments filed by when they were recorded. */
    public DayCounts(MongoCollection<Document> counters, MongoCollection<Document> recorded) {
        this.counters = counters;
        this.recorded = RecordedCounters.reading(recorded);
    }

    /** after minus before, leaving out whatever did not change. */
    public static Map<LocalDate, Map<String, Long>> difference(Map<LocalDate, Map<String, Long>> before,
                                                               Map<LocalDate, Map<String, Long>> after) {
        Map<LocalDate, Map<String, Long>> difference = new TreeMap<>();
        after.forEach((day, counts) -> counts.forEach((counter, value) -> count(difference, day, counter, value)));
        before.forEach((day, counts) -> counts.forEach((counter, value) -> count(difference, day, counter, -value)));
        difference.values().forEach(counts -> counts.values().removeIf(value -> value == 0));
        difference.values().removeIf(Map::isEmpty);
        return difference;
    }

    /** Adds to a counter on a day, in a contribution being worked out. */
    public static void count(Map<LocalDate, Map<String, Long>> counts, LocalDate day, String counter, long value) {
        counts.computeIfAbsent(day, d -> new HashMap<>()).merge(counter, value, Long::sum);
    }

    /** Files a difference: each day's increments to its day's and its month's counters, and by when they were recorded. */
    public static void file(Map<LocalDate, Map<String, Long>> difference, BatchedCounters counters, RecordedCounters recorded,
                            Instant recordedAt, long position) {
        file(difference, counters, recorded, recordedAt, position, Set.of());
    }

    /**
     * Files a difference, and the increments of the counters that are levels (plans in force) also to
     * their running totals, so that a level as known at an instant is read without every month's counters.
     */
    public static void file(Map<LocalDate, Map<String, Long>> difference, BatchedCounters counters, RecordedCounters recorded,
                            Instant recordedAt, long position, Set<String> levels) {
        difference.forEach((day, increments) -> {
            counters.add(PeriodKey.day(day), position, increments);
            counters.add(PeriodKey.month(day), position, increments);
            recorded.add(day, recordedAt, position, increments);
            for (String level : levels) {
                Long value = increments.get(level);
                if (value != null) {
                    recorded.addToTotal(level, YearMonth.from(day), recordedAt, position, Map.of(level, value));
                }
            }
        });
    }

    /** Flattens a counter document's nested fields ({@code advice.HEALTH.submitted}) into sums. */
    public static void addInto(Map<String, Long> sums, String prefix, Document document) {
        document.forEach((field, value) -> {
            if (prefix.isEmpty() && (field.equals("_id") || field.equals(BatchedCounters.APPLIED))) {
                return;
            }
            if (value instanceof Document nested) {
                addInto(sums, prefix + field + ".", nested);
            } else if (value instanceof Number number) {
                sums.merge(prefix + field, number.longValue(), Long::sum);
            }
        });
    }

    /** The sums of the counters of every day of the period: its whole months from their documents, the rest day by day. */
    public Map<String, Long> sum(LocalDate from, LocalDate to) {
        Map<String, Long> sums = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            if (!first.isBefore(from) && !last.isAfter(to)) {
                ids.add(PeriodKey.month(month));
            } else {
                (first.isBefore(from) ? from : first).datesUntil((last.isAfter(to) ? to : last).plusDays(1))
                        .map(PeriodKey::day).forEach(ids::add);
            }
        }
        for (Document stored : counters.find(in("_id", ids))) {
            addInto(sums, "", stored);
        }
        return sums;
    }

    /** The sums of the counters of every day up to and including {@code to}: for a level, such as plans in force. */
    public Map<String, Long> sumUpTo(LocalDate to) {
        Map<String, Long> sums = new HashMap<>();
        for (Document stored : counters.find(RangeEntries.idsFrom(PeriodKey.MONTHS, PeriodKey.month(to)))) {
            addInto(sums, "", stored);
        }
        sum(to.withDayOfMonth(1), to).forEach((counter, value) -> sums.merge(counter, value, Long::sum));
        return sums;
    }

    /** The sums of the counters of every day of the period, as recorded by an instant. */
    public Map<String, Long> sumKnownAt(LocalDate from, LocalDate to, Instant knownAt) {
        Map<String, Long> sums = new HashMap<>();
        recorded.forEachKnownAt(from, to, knownAt, (day, counts) -> addInto(sums, "", counts));
        return sums;
    }

    /**
     * A level's counter (plans in force) at the end of a day as recorded by an instant, from its running
     * total ({@link #file} with the counter among the totals): the months before from a document per
     * month recorded, the days of its month from the recorded counters.
     */
    public long levelKnownAt(String counter, LocalDate end, Instant knownAt) {
        YearMonth month = YearMonth.from(end);
        RecordedCounters.RunningTotal total = recorded.totalKnownAt(counter, knownAt);
        if (end.equals(month.atEndOfMonth())) {
            return total.atEndOf(month).getOrDefault(counter, 0L);
        }
        return total.before(month).getOrDefault(counter, 0L)
                + sumKnownAt(month.atDay(1), end, knownAt).getOrDefault(counter, 0L);
    }
}
