package uk.ehcworkflow.query.timeliness;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.readmodel.DayCounts;
import uk.ehcworkflow.query.readmodel.PeriodKey;
import uk.ehcworkflow.query.readmodel.RecordedCounters;

/**
 * Answers a timeliness question from the precomputed counters: whole months from their month
 * documents, the part-months at either end of the period from day documents, and what advice
 * was owed past due at each month's end from the running totals ({@link PastDue}).
 */
@Component
public class TimelinessReader {

    private final MongoCollection<Document> counters;
    private final RecordedCounters recorded;

    TimelinessReader(MongoDatabase readStore) {
        this.counters = readStore.getCollection(TimelinessProjection.COUNTERS);
        this.recorded = RecordedCounters.reading(readStore.getCollection(TimelinessProjection.RECORDED));
    }

    /** The period's figures as they stand; what is owed is counted at each month's end, or at {@code today} if sooner. */
    public TimelinessReport report(LocalDate from, LocalDate to, LocalDate today) {
        Map<YearMonth, Map<String, Long>> byMonth = months(from, to);
        List<String> wholeMonths = new ArrayList<>();
        for (YearMonth month : byMonth.keySet()) {
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            if (!first.isBefore(from) && !last.isAfter(to)) {
                wholeMonths.add(PeriodKey.month(month));
            } else {
                for (Document day : counters.find(in("_id", days(first.isBefore(from) ? from : first, last.isAfter(to) ? to : last)))) {
                    DayCounts.addInto(byMonth.get(month), "", day);
                }
            }
        }
        if (!wholeMonths.isEmpty()) {
            for (Document month : counters.find(in("_id", wholeMonths))) {
                DayCounts.addInto(byMonth.get(YearMonth.parse(month.getString("_id").substring(2))), "", month);
            }
        }
        Map<YearMonth, Map<Agency, Long>> index = pastDueIndex();
        Map<LocalDate, Map<Agency, Long>> owed = new HashMap<>();
        for (LocalDate end : ends(from, to, today)) {
            NavigableMap<LocalDate, Map<Agency, Long>> daysOfMonth = new TreeMap<>();
            if (!end.equals(YearMonth.from(end).atEndOfMonth())) {
                for (Document day : counters.find(in("_id", days(end.withDayOfMonth(1), end)))) {
                    Map<String, Long> sums = new HashMap<>();
                    DayCounts.addInto(sums, "", day);
                    daysOfMonth.put(LocalDate.parse(day.getString("_id").substring(2)), PastDue.ofCounters(sums));
                }
            }
            owed.put(end, PastDue.owedAt(end, index, daysOfMonth));
        }
        return assemble(from, to, today, byMonth, owed);
    }

    /**
     * The figures as they were known at an instant: the increments recorded up to then, which
     * the same rules as the live figures produced when each event arrived. What was owed at a month's
     * end is the running total of the months up to it as known then; at the one end that is not a
     * month's end (the period's, or the day known on if sooner) that month's days are added up.
     */
    public TimelinessReport reportAsKnownAt(LocalDate from, LocalDate to, Instant knownAt, LocalDate knownOn) {
        Map<YearMonth, Map<String, Long>> byMonth = months(from, to);
        RecordedCounters.RunningTotal owedByMonth = recorded.totalKnownAt(PastDue.TOTAL, knownAt);
        LocalDate partEnd = to.isBefore(knownOn) ? to : knownOn;
        LocalDate partFrom = partEnd.withDayOfMonth(1);
        Map<Agency, Long> owedInPart = new HashMap<>();
        BiConsumer<LocalDate, Document> partOwed = (day, counters) -> {
            if (!day.isBefore(partFrom) && !day.isAfter(partEnd)) {
                pastDue(counters).forEach((agency, value) -> owedInPart.merge(agency, value, Long::sum));
            }
        };
        recorded.forEachKnownAt(from, to, knownAt, (day, counters) -> {
            DayCounts.addInto(byMonth.get(YearMonth.from(day)), "", counters);
            partOwed.accept(day, counters);
        });
        if (partFrom.isBefore(from)) {
            recorded.forEachKnownAt(partFrom, partEnd.isBefore(from) ? partEnd : from.minusDays(1), knownAt, partOwed);
        }
        Map<LocalDate, Map<Agency, Long>> owed = new HashMap<>();
        for (LocalDate end : ends(from, to, knownOn)) {
            YearMonth endMonth = YearMonth.from(end);
            boolean wholeMonth = end.equals(endMonth.atEndOfMonth());
            Map<Agency, Long> sum = new HashMap<>();
            (wholeMonth ? owedByMonth.atEndOf(endMonth) : owedByMonth.before(endMonth))
                    .forEach((agency, value) -> sum.put(Agency.valueOf(agency), value));
            if (!wholeMonth) {
                owedInPart.forEach((agency, value) -> sum.merge(agency, value, Long::sum));
            }
            owed.put(end, sum);
        }
        return assemble(from, to, knownOn, byMonth, owed);
    }

    private Map<YearMonth, Map<Agency, Long>> pastDueIndex() {
        Map<YearMonth, Map<Agency, Long>> index = new HashMap<>();
        Document stored = counters.find(eq("_id", PastDue.INDEX)).first();
        if (stored != null) {
            Map<String, Long> sums = new HashMap<>();
            DayCounts.addInto(sums, "", stored);
            sums.forEach((field, value) -> {
                int dot = field.indexOf('.');
                index.computeIfAbsent(YearMonth.parse(field.substring(0, dot)), m -> new HashMap<>())
                        .merge(Agency.valueOf(field.substring(dot + 1)), value, Long::sum);
            });
        }
        return index;
    }

    /** The past-due increments of one day's counters as stored ({@code advice.HEALTH.pastDue}), by agency, read where they are. */
    private static Map<Agency, Long> pastDue(Document counters) {
        Map<Agency, Long> byAgency = new HashMap<>();
        if (counters.get("advice") instanceof Document advice) {
            for (Agency agency : Agency.values()) {
                if (advice.get(agency.name()) instanceof Document ofAgency && ofAgency.get("pastDue") instanceof Number value) {
                    byAgency.put(agency, value.longValue());
                }
            }
        }
        return byAgency;
    }

    /** The day each month's figures count what is owed at, and the period's own: its end, or {@code today} if sooner. */
    private static List<LocalDate> ends(LocalDate from, LocalDate to, LocalDate today) {
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            ends.add(owedOn(month, to, today));
        }
        return ends;
    }

    private static LocalDate owedOn(YearMonth month, LocalDate to, LocalDate today) {
        LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        return end.isAfter(today) ? today : end;
    }

    /** Named days, not an id range: the embedded read store answers only look-ups by id from its index. */
    private static List<String> days(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).map(PeriodKey::day).toList();
    }

    private static Map<YearMonth, Map<String, Long>> months(LocalDate from, LocalDate to) {
        Map<YearMonth, Map<String, Long>> byMonth = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            byMonth.put(month, new HashMap<>());
        }
        return byMonth;
    }

    private static TimelinessReport assemble(LocalDate from, LocalDate to, LocalDate today,
                                             Map<YearMonth, Map<String, Long>> byMonth, Map<LocalDate, Map<Agency, Long>> owed) {
        Map<String, Long> total = new HashMap<>();
        List<TimelinessReport.Month> months = new ArrayList<>();
        byMonth.forEach((month, counts) -> {
            counts.forEach((counter, value) -> total.merge(counter, value, Long::sum));
            months.add(new TimelinessReport.Month(month.toString(),
                    TimelinessFigures.of(withOwed(counts, owed.get(owedOn(month, to, today))))));
        });
        return new TimelinessReport(from, to, TimelinessFigures.of(withOwed(total, owed.get(owedOn(YearMonth.from(to), to, today)))),
                months);
    }

    private static Map<String, Long> withOwed(Map<String, Long> counts, Map<Agency, Long> owed) {
        Map<String, Long> with = new HashMap<>(counts);
        owed.forEach((agency, value) -> with.put(Counter.adviceOutstandingPastDue(agency), value));
        return with;
    }
}
