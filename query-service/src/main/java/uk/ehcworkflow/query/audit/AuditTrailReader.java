package uk.ehcworkflow.query.audit;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.readmodel.JsonDocuments;

/**
 * Reads the audit trail through its index. A search takes the narrowest index it can (the case,
 * else the actor, agency or type, else every entry) and reads it a window of days at a time,
 * newest first, widening the window four-fold until the page is full: its cost follows the page
 * asked for, not the size of the trail.
 */
@Component
public class AuditTrailReader {

    /** What to look for; blank fields are not filters, null instants leave that end open. */
    public record Search(String aggregateId, String actor, String agency, String type, Instant from, Instant to) {
    }

    /** A page of the trail, newest first. */
    public record Page(int page, int size, boolean hasMore, List<AuditEntry> entries) {
    }

    /** Steps recorded more than {@code days} after they happened, by who recorded them and when. */
    public record LateRecording(int days, long total, Map<String, Long> byOfficer, Map<String, Long> byMonth,
                                Map<String, Map<String, Long>> byOfficerAndMonth, List<AuditEntry> latest) {
    }

    private static final int FIRST_WINDOW_DAYS = 7;
    private static final int KEYS_PER_QUERY = 500;
    private static final int SEQUENCES_PER_QUERY = 64;
    private static final int LATEST_LATE = 20;

    private final MongoCollection<Document> log;
    private final MongoCollection<Document> postings;
    private final MongoCollection<Document> late;
    private final JsonDocuments documents;

    AuditTrailReader(MongoDatabase readStore, JsonDocuments documents) {
        this.log = readStore.getCollection(AuditLogProjection.COLLECTION);
        this.postings = readStore.getCollection(AuditIndex.POSTINGS);
        this.late = readStore.getCollection(AuditIndex.LATE);
        this.documents = documents;
    }

    public Page search(Search search, int page, int size, ZoneId zone) {
        long earliest = search.from() == null ? Long.MIN_VALUE : search.from().toEpochMilli();
        long latest = search.to() == null ? Long.MAX_VALUE : search.to().toEpochMilli();
        if (given(search.aggregateId())) {
            List<AuditEntry> trail = trailOf(search.aggregateId()).stream()
                    .filter(entry -> entry.recordedAtMillis() >= earliest && entry.recordedAtMillis() <= latest)
                    .filter(entry -> matches(search.actor(), entry.actor()) && matches(search.agency(), entry.agency())
                            && matches(search.type(), entry.type()))
                    .toList();
            return page(trail, page, size);
        }
        String dimension = given(search.actor()) ? AuditIndex.dimension("actor", search.actor())
                : given(search.agency()) ? AuditIndex.dimension("agency", search.agency())
                : given(search.type()) ? AuditIndex.dimension("type", search.type()) : null;
        // Filters the chosen index does not answer are checked on the entries themselves.
        boolean narrower = Stream.of(search.actor(), search.agency(), search.type()).filter(AuditTrailReader::given).count() > 1;
        Predicate<AuditEntry> rest = narrower ? entry -> matches(search.agency(), entry.agency())
                && matches(search.type(), entry.type()) : null;
        List<Postings.Ref> found = newestFirst(dimension, search.from(), search.to(), zone,
                ref -> ref.at() >= earliest && ref.at() <= latest, rest, page * size + 1);
        if (rest == null) {
            return new Page(page, size, found.size() > page * size, matching(slice(found, page, size), entry -> true, size));
        }
        return page(matching(found, rest, page * size + 1), page, size);
    }

    /** Who read a case's personal data, newest first. */
    public List<AuditEntry> readsOf(String assessmentId) {
        return matching(refs(List.of(AuditIndex.aggregate(assessmentId)), ref -> true),
                entry -> "PersonalDataViewed".equals(entry.type()), Integer.MAX_VALUE);
    }

    /**
     * Everything about one case or action, newest first: its own events, found by sequence number
     * a chunk at a time until they run out, and the reads filed under it.
     */
    private List<AuditEntry> trailOf(String aggregateId) {
        List<AuditEntry> trail = new ArrayList<>();
        for (long first = 0; ; first += SEQUENCES_PER_QUERY) {
            List<String> ids = new ArrayList<>();
            for (long sequence = first; sequence < first + SEQUENCES_PER_QUERY; sequence++) {
                ids.add(AuditIndex.entry(aggregateId, sequence));
            }
            int before = trail.size();
            for (Document stored : log.find(in("_id", ids))) {
                trail.add(documents.fromDocument(stored, AuditEntry.class));
            }
            if (trail.size() - before < SEQUENCES_PER_QUERY) {
                break;
            }
        }
        trail.addAll(matching(refs(List.of(AuditIndex.aggregate(aggregateId)), ref -> true), entry -> true,
                Integer.MAX_VALUE));
        trail.sort(Comparator.comparingLong(AuditEntry::recordedAtMillis).thenComparingLong(AuditEntry::position).reversed());
        return trail;
    }

    private static Page page(List<AuditEntry> matching, int page, int size) {
        return new Page(page, size, matching.size() > page * size, slice(matching, page, size));
    }

    private static <T> List<T> slice(List<T> all, int page, int size) {
        return all.subList(Math.min((page - 1) * size, all.size()), Math.min(page * size, all.size()));
    }

    public LateRecording lateRecording(int days, Instant from, Instant to, ZoneId zone) {
        Map<String, Long> byOfficer = new TreeMap<>();
        Map<String, Long> byMonth = new TreeMap<>();
        Map<String, Map<String, Long>> byOfficerAndMonth = new TreeMap<>();
        long total = 0;
        for (Document counts : byKeys(late, lateKeys(from, to, zone))) {
            String month = AuditIndex.lateMonth(counts.getString("_id")).toString();
            for (Map.Entry<String, Object> field : counts.entrySet()) {
                if (!(field.getValue() instanceof Document lags)) {
                    continue;
                }
                String officer = AuditIndex.officer(field.getKey());
                for (Map.Entry<String, Object> lag : lags.entrySet()) {
                    if (Long.parseLong(lag.getKey()) > days) {
                        long count = ((Number) lag.getValue()).longValue();
                        total += count;
                        byOfficer.merge(officer, count, Long::sum);
                        byMonth.merge(month, count, Long::sum);
                        byOfficerAndMonth.computeIfAbsent(officer, o -> new TreeMap<>()).merge(month, count, Long::sum);
                    }
                }
            }
        }
        long earliest = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long latest = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        Predicate<Postings.Ref> lateInPeriod = ref -> ref.lag() != null && ref.lag() > days && ref.at() >= earliest
                && ref.at() <= latest;
        List<AuditEntry> latestLate = matching(newestFirst(null, from, to, zone, lateInPeriod, null, LATEST_LATE),
                entry -> true, LATEST_LATE);
        return new LateRecording(days, total, byOfficer, byMonth, byOfficerAndMonth, latestLate);
    }

    /**
     * References from a day-by-day index, newest first, read in widening windows of days until
     * there are {@code needed} of them (or, when entries must also pass {@code rest}, until that
     * many pass), or the period or the trail runs out.
     */
    private List<Postings.Ref> newestFirst(String dimension, Instant from, Instant to, ZoneId zone,
                                           Predicate<Postings.Ref> wanted, Predicate<AuditEntry> rest, int needed) {
        Extent extent = extent();
        List<Postings.Ref> found = new ArrayList<>();
        if (extent == null) {
            return found;
        }
        LocalDate first = later(extent.getFirst(), from == null ? null : from.atZone(zone).toLocalDate());
        LocalDate last = earlier(extent.getLast(), to == null ? null : to.atZone(zone).toLocalDate());
        int passed = 0;
        long window = FIRST_WINDOW_DAYS;
        for (LocalDate end = last; !end.isBefore(first) && passed < needed; end = end.minusDays(window), window *= 4) {
            LocalDate start = later(first, end.minusDays(window - 1));
            List<String> keys = new ArrayList<>();
            for (LocalDate day = end; !day.isBefore(start); day = day.minusDays(1)) {
                keys.add(AuditIndex.day(dimension, day));
            }
            List<Postings.Ref> windowRefs = refs(keys, wanted);
            found.addAll(windowRefs);
            passed = rest == null ? found.size() : passed + matching(windowRefs, rest, needed - passed).size();
        }
        return found;
    }

    /** The entries behind references, in their order, that pass {@code rest}: at most {@code limit}. */
    private List<AuditEntry> matching(List<Postings.Ref> refs, Predicate<AuditEntry> rest, int limit) {
        List<AuditEntry> matching = new ArrayList<>();
        for (int from = 0; from < refs.size() && matching.size() < limit; from += KEYS_PER_QUERY) {
            List<Postings.Ref> chunk = refs.subList(from, Math.min(refs.size(), from + KEYS_PER_QUERY));
            Map<String, AuditEntry> byId = new HashMap<>();
            for (Document stored : log.find(in("_id", chunk.stream().map(Postings.Ref::id).toList()))) {
                byId.put(stored.getString("_id"), documents.fromDocument(stored, AuditEntry.class));
            }
            for (Postings.Ref ref : chunk) {
                AuditEntry entry = byId.get(ref.id());
                if (entry != null && rest.test(entry) && matching.size() < limit) {
                    matching.add(entry);
                }
            }
        }
        return matching;
    }

    /** The references filed under the keys that pass {@code wanted}, newest first. */
    private List<Postings.Ref> refs(List<String> keys, Predicate<Postings.Ref> wanted) {
        List<Postings.Ref> refs = new ArrayList<>();
        List<String> chunks = new ArrayList<>();
        for (Document stored : byKeys(postings, keys)) {
            Postings filed = documents.fromDocument(stored, Postings.class);
            filed.refs().stream().filter(wanted).forEach(refs::add);
            chunks.addAll(filed.chunkIds(stored.getString("_id")));
        }
        for (Document stored : byKeys(postings, chunks)) {
            documents.fromDocument(stored, Postings.class).refs().stream().filter(wanted).forEach(refs::add);
        }
        refs.sort(Postings.NEWEST_FIRST);
        return refs;
    }

    /** The late-recording documents of the period: a month's where the period holds all of it, else each day's. */
    private List<String> lateKeys(Instant from, Instant to, ZoneId zone) {
        Extent extent = extent();
        List<String> keys = new ArrayList<>();
        if (extent == null) {
            return keys;
        }
        LocalDate first = later(extent.getFirst(), from == null ? null : from.atZone(zone).toLocalDate());
        LocalDate last = earlier(extent.getLast(), to == null ? null : to.atZone(zone).toLocalDate());
        LocalDate periodStart = from == null ? LocalDate.MIN : first;
        LocalDate periodEnd = to == null ? LocalDate.MAX : last;
        for (LocalDate day = first; !day.isAfter(last); ) {
            YearMonth month = YearMonth.from(day);
            if (!month.atDay(1).isBefore(periodStart) && !month.atEndOfMonth().isAfter(periodEnd)) {
                keys.add(AuditIndex.late(month));
                day = month.plusMonths(1).atDay(1);
            } else {
                keys.add(AuditIndex.late(day));
                day = day.plusDays(1);
            }
        }
        return keys;
    }

    private static List<Document> byKeys(MongoCollection<Document> collection, List<String> keys) {
        List<Document> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            collection.find(in("_id", keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)))).into(found);
        }
        return found;
    }

    private Extent extent() {
        Document stored = postings.find(eq("_id", Extent.ID)).first();
        return stored == null ? null : documents.fromDocument(stored, Extent.class);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean matches(String wanted, String actual) {
        return !given(wanted) || wanted.equals(actual);
    }
}
