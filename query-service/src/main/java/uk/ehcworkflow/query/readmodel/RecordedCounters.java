package uk.ehcworkflow.query.readmodel;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.bson.Document;

/**
 * The same increments as the live counters, filed also by when they were recorded, so that the
 * figures as known at a past instant add up what had been recorded by then instead of replaying
 * cases. For each business month {@code M} ({@code timeliness_recorded}):
 * <ul>
 *   <li>{@code k:M} names the months (UTC) in which anything counting in M was recorded, and
 *       ({@code s:RD:N}) each slice of the store in which something was recorded on day RD;</li>
 *   <li>{@code m:M:RM} sums what was recorded in month RM, by business day;</li>
 *   <li>{@code d:M:RD:N} keeps what was recorded on day RD by instant, for the one recorded month
 *       that a past instant cuts through: one document per {@value #POSITIONS_PER_SLICE} store
 *       positions, so that a busy day is spread over documents of bounded size instead of one
 *       that every new event makes longer and the store rewrites whole.</li>
 *   <li>{@code p:T:RM} and {@code pt:T:RD:N} keep a running total T (what every month before a
 *       day adds up to) by business month, by the month recorded and, slice by slice, by instant
 *       ({@link #addToTotal}).</li>
 * </ul>
 * A year as known at any instant reads a few hundred small documents, whatever the history's size.
 */
public final class RecordedCounters {

    private static final String INSTANT = "t";
    private static final String SLICE = "s:";
    private static final String TOTAL = "p:";
    private static final String TOTAL_SLICE = "pt:";
    public static final int POSITIONS_PER_SLICE = 1024;

    private final MongoCollection<Document> collection;
    private final BatchedCounters batched;

    private RecordedCounters(MongoCollection<Document> collection, BatchedCounters batched) {
        this.collection = collection;
        this.batched = batched;
    }

    /** For a projection, which adds to them. */
    static RecordedCounters writing(MongoCollection<Document> collection, DocumentWrites writes) {
        return new RecordedCounters(collection, new BatchedCounters(collection, writes));
    }

    /** For readers, which only read them. */
    public static RecordedCounters reading(MongoCollection<Document> collection) {
        return new RecordedCounters(collection, null);
    }

    /** Files the increments the event at {@code position}, recorded at {@code recordedAt}, makes to a business day. */
    public void add(LocalDate day, Instant recordedAt, long position, Map<String, Long> increments) {
        YearMonth month = YearMonth.from(day);
        LocalDate recordedOn = LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
        long slice = position / POSITIONS_PER_SLICE;
        batched.add(index(month), position, Map.of(YearMonth.from(recordedOn).toString(), 1L,
                sliceField(recordedOn, slice), 1L));
        batched.add(inMonth(month, YearMonth.from(recordedOn)), position, prefixed(day + ".", increments));
        batched.add(onDay(month, recordedOn, slice), position,
                prefixed(INSTANT + nanos(recordedAt) + "." + day + ".", increments));
    }

    /**
     * Files the increments an event makes to a running total in a business month: a total that every
     * month before a day adds up to (the advice owed past due), kept by the month it was recorded in
     * ({@code p:T:RM}, by business month) and, for a past instant's own month, by instant in slices of
     * the store ({@code pt:T:RD:N}). So the total as known at an instant is a read of a document per
     * month recorded before and the slices of its month up to its day, however long the history.
     */
    public void addToTotal(String total, YearMonth month, Instant recordedAt, long position, Map<String, Long> increments) {
        LocalDate recordedOn = LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
        batched.add(totalRecordedIn(total, YearMonth.from(recordedOn)), position, prefixed(month + ".", increments));
        batched.add(TOTAL_SLICE + total + ":" + recordedOn + ":" + position / POSITIONS_PER_SLICE, position,
                prefixed(INSTANT + nanos(recordedAt) + "." + month + ".", increments));
    }

    /** A running total as recorded up to and including {@code knownAt}: each business month's net increments. */
    public RunningTotal totalKnownAt(String total, Instant knownAt) {
        LocalDate knownOn = LocalDate.ofInstant(knownAt, ZoneOffset.UTC);
        YearMonth knownIn = YearMonth.from(knownOn);
        Map<YearMonth, Map<String, Long>> byMonth = new HashMap<>();
        for (Document recordedIn : collection.find(RangeEntries.idsFrom(TOTAL + total + ":", totalRecordedIn(total, knownIn)))) {
            addByMonth(recordedIn, byMonth);
        }
        long knownAtNanos = nanos(knownAt);
        // ';' follows ':', so the run ends after the last slice of the day known on
        for (Document slice : collection.find(RangeEntries.idsFrom(TOTAL_SLICE + total + ":" + knownIn.atDay(1),
                TOTAL_SLICE + total + ":" + knownOn + ";"))) {
            slice.forEach((field, value) -> {
                if (field.startsWith(INSTANT) && value instanceof Document atInstant
                        && Long.parseLong(field.substring(INSTANT.length())) <= knownAtNanos) {
                    addByMonth(atInstant, byMonth);
                }
            });
        }
        return new RunningTotal(byMonth);
    }

    /** A running total's net increments by business month, as known at an instant. */
    public record RunningTotal(Map<YearMonth, Map<String, Long>> byMonth) {

        /** The total at the end of a month: every month's increments up to it. */
        public Map<String, Long> atEndOf(YearMonth month) {
            return upTo(month, true);
        }

        /** The total at the end of the month before: the days of this month are to be added to it. */
        public Map<String, Long> before(YearMonth month) {
            return upTo(month, false);
        }

        private Map<String, Long> upTo(YearMonth month, boolean included) {
            Map<String, Long> sum = new HashMap<>();
            byMonth.forEach((filed, increments) -> {
                if (filed.isBefore(month) || included && filed.equals(month)) {
                    increments.forEach((counter, value) -> sum.merge(counter, value, Long::sum));
                }
            });
            return sum;
        }
    }

    private static void addByMonth(Document byMonthStored, Map<YearMonth, Map<String, Long>> byMonth) {
        byMonthStored.forEach((field, value) -> {
            if (value instanceof Document counters && Character.isDigit(field.charAt(0))) {
                Map<String, Long> sums = byMonth.computeIfAbsent(YearMonth.parse(field), month -> new HashMap<>());
                counters.forEach((counter, count) -> sums.merge(counter, ((Number) count).longValue(), Long::sum));
            }
        });
    }

    private static String totalRecordedIn(String total, YearMonth recordedIn) {
        return TOTAL + total + ":" + recordedIn;
    }

    /**
     * Hands each business day of the period, with a document of counters, for everything recorded
     * up to and including {@code knownAt}; a day can be handed several times, to be summed.
     */
    public void forEachKnownAt(LocalDate from, LocalDate to, Instant knownAt, BiConsumer<LocalDate, Document> sink) {
        LocalDate knownOn = LocalDate.ofInstant(knownAt, ZoneOffset.UTC);
        YearMonth knownIn = YearMonth.from(knownOn);
        List<String> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(index(month));
        }
        List<String> wanted = new ArrayList<>();
        for (Document index : collection.find(in("_id", months))) {
            YearMonth month = YearMonth.parse(index.getString("_id").substring(2));
            for (String field : index.keySet()) {
                if (field.startsWith(SLICE)) {
                    // Named slices, not an id range: the embedded read store answers only look-ups by id from its index.
                    int separator = field.lastIndexOf(':');
                    LocalDate recordedOn = LocalDate.parse(field.substring(SLICE.length(), separator));
                    if (YearMonth.from(recordedOn).equals(knownIn) && !recordedOn.isAfter(knownOn)) {
                        wanted.add(onDay(month, recordedOn, Long.parseLong(field.substring(separator + 1))));
                    }
                } else if (!field.equals("_id") && !field.equals(BatchedCounters.APPLIED)) {
                    YearMonth recorded = YearMonth.parse(field);
                    if (recorded.isBefore(knownIn)) {
                        wanted.add(inMonth(month, recorded));
                    }
                }
            }
        }
        long knownAtNanos = nanos(knownAt);
        for (Document stored : collection.find(in("_id", wanted))) {
            if (stored.getString("_id").startsWith("m:")) {
                forEachDay(stored, from, to, sink);
                continue;
            }
            stored.forEach((field, value) -> {
                if (field.startsWith(INSTANT) && value instanceof Document byDay
                        && Long.parseLong(field.substring(INSTANT.length())) <= knownAtNanos) {
                    forEachDay(byDay, from, to, sink);
                }
            });
        }
    }

    private static void forEachDay(Document byDay, LocalDate from, LocalDate to, BiConsumer<LocalDate, Document> sink) {
        byDay.forEach((field, value) -> {
            if (value instanceof Document counters && Character.isDigit(field.charAt(0))) {
                LocalDate day = LocalDate.parse(field);
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    sink.accept(day, counters);
                }
            }
        });
    }

    private static Map<String, Long> prefixed(String prefix, Map<String, Long> increments) {
        Map<String, Long> prefixedIncrements = new HashMap<>();
        increments.forEach((counter, value) -> prefixedIncrements.put(prefix + counter, value));
        return prefixedIncrements;
    }

    /** Nanoseconds since the epoch: exact for any instant before the year 2262, and orders as numbers do. */
    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static String index(YearMonth month) {
        return "k:" + month;
    }

    private static String inMonth(YearMonth month, YearMonth recordedIn) {
        return "m:" + month + ":" + recordedIn;
    }

    /** In {@code k:M}: something counting in M was recorded on that day in that slice of the store. */
    private static String sliceField(LocalDate recordedOn, long slice) {
        return SLICE + recordedOn + ":" + slice;
    }

    private static String onDay(YearMonth month, LocalDate recordedOn, long slice) {
        return "d:" + month + ":" + recordedOn + ":" + slice;
    }
}
