package uk.ehcworkflow.query.timeliness;

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
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.readmodel.BatchedCounters;
import uk.ehcworkflow.query.readmodel.RecordedCounters;

/**
 * Answers a timeliness question from the precomputed counters: whole months from their month
 * documents, the part-months at either end of the period from day documents.
 */
@Component
class TimelinessReader {

    private final MongoCollection<Document> counters;
    private final RecordedCounters recorded;

    TimelinessReader(MongoDatabase readStore) {
        this.counters = readStore.getCollection(TimelinessProjection.COUNTERS);
        this.recorded = RecordedCounters.reading(readStore.getCollection(TimelinessProjection.RECORDED));
    }

    TimelinessReport report(LocalDate from, LocalDate to) {
        Map<YearMonth, Map<String, Long>> byMonth = months(from, to);
        List<String> wholeMonths = new ArrayList<>();
        for (YearMonth month : byMonth.keySet()) {
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            if (!first.isBefore(from) && !last.isAfter(to)) {
                wholeMonths.add(PeriodKey.month(month));
            } else {
                LocalDate start = first.isBefore(from) ? from : first;
                LocalDate end = last.isAfter(to) ? to : last;
                // Named days, not an id range: the embedded read store answers only look-ups by id from its index.
                List<String> days = start.datesUntil(end.plusDays(1)).map(PeriodKey::day).toList();
                for (Document day : counters.find(in("_id", days))) {
                    addInto(byMonth.get(month), "", day);
                }
            }
        }
        if (!wholeMonths.isEmpty()) {
            for (Document month : counters.find(in("_id", wholeMonths))) {
                addInto(byMonth.get(YearMonth.parse(month.getString("_id").substring(2))), "", month);
            }
        }
        return assemble(from, to, byMonth);
    }

    /**
     * The figures as they were known at an instant: the increments recorded up to then, which
     * the same rules as the live figures produced when each event arrived.
     */
    TimelinessReport reportAsKnownAt(LocalDate from, LocalDate to, Instant knownAt) {
        Map<YearMonth, Map<String, Long>> byMonth = months(from, to);
        recorded.forEachKnownAt(from, to, knownAt, (day, counters) -> addInto(byMonth.get(YearMonth.from(day)), "", counters));
        return assemble(from, to, byMonth);
    }

    private static Map<YearMonth, Map<String, Long>> months(LocalDate from, LocalDate to) {
        Map<YearMonth, Map<String, Long>> byMonth = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            byMonth.put(month, new HashMap<>());
        }
        return byMonth;
    }

    private static TimelinessReport assemble(LocalDate from, LocalDate to, Map<YearMonth, Map<String, Long>> byMonth) {
        Map<String, Long> total = new HashMap<>();
        List<TimelinessReport.Month> months = new ArrayList<>();
        byMonth.forEach((month, counts) -> {
            counts.forEach((counter, value) -> total.merge(counter, value, Long::sum));
            months.add(new TimelinessReport.Month(month.toString(), TimelinessFigures.of(counts)));
        });
        return new TimelinessReport(from, to, TimelinessFigures.of(total), months);
    }

    /** Flattens a counter document's nested fields ({@code advice.HEALTH.submitted}) into sums. */
    private static void addInto(Map<String, Long> sums, String prefix, Document document) {
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
}
