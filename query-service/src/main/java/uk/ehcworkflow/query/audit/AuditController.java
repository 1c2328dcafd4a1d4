package uk.ehcworkflow.query.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.query.common.TimeParameter;
import uk.ehcworkflow.query.readstore.JsonDocuments;

/** The audit trail, the late-recording view, and verification of the event store's hash chains. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final int PAGE_SIZE = 50;

    /** A page of the audit trail, newest first. */
    record AuditPage(int page, int size, boolean hasMore, List<AuditEntry> entries) {
    }

    /** Steps recorded more than {@code days} after they happened, by who recorded them and when. */
    record LateRecording(int days, long total, Map<String, Long> byOfficer, Map<String, Long> byMonth,
                         Map<String, Map<String, Long>> byOfficerAndMonth, List<AuditEntry> latest) {
    }

    private final MongoCollection<Document> log;
    private final JsonDocuments documents;
    private final ChainVerifier verifier;
    private final StoreVerification storeVerification;
    private final Clock clock;

    AuditController(MongoDatabase readStore, JsonDocuments documents, ChainVerifier verifier,
                    StoreVerification storeVerification, Clock clock) {
        this.log = readStore.getCollection(AuditLogProjection.COLLECTION);
        this.documents = documents;
        this.verifier = verifier;
        this.storeVerification = storeVerification;
        this.clock = clock;
    }

    @GetMapping
    AuditPage trail(@RequestParam(required = false) String aggregateId, @RequestParam(required = false) String actor,
                    @RequestParam(required = false) String agency, @RequestParam(required = false) String type,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(defaultValue = "1") @Min(1) int page,
                    @RequestParam(defaultValue = "" + PAGE_SIZE) @Min(1) @Max(200) int size) {
        List<Bson> filters = new ArrayList<>();
        addIfGiven(filters, "aggregateId", aggregateId);
        addIfGiven(filters, "actor", actor);
        addIfGiven(filters, "agency", agency);
        addIfGiven(filters, "type", type);
        Instant start = TimeParameter.startOf("from", from, clock.getZone());
        Instant end = TimeParameter.endOf("to", to, clock.getZone());
        long earliest = start == null ? 0 : start.toEpochMilli();
        long latest = end == null ? Long.MAX_VALUE : end.toEpochMilli();
        // A case's trail, or a period with both ends, is already narrow: window only open-ended searches.
        Bson matching = (aggregateId != null && !aggregateId.isBlank()) || (start != null && end != null)
                ? and(withRecordedTime(filters, earliest, latest))
                : recentEnough(filters, earliest, latest, (long) page * size + 1);
        List<AuditEntry> entries = new ArrayList<>();
        for (Document stored : log.find(matching).sort(Sorts.descending("recordedAtMillis", "position"))
                .skip((page - 1) * size).limit(size + 1)) {
            entries.add(documents.fromDocument(stored, AuditEntry.class));
        }
        boolean hasMore = entries.size() > size;
        return new AuditPage(page, size, hasMore, hasMore ? entries.subList(0, size) : entries);
    }

    @GetMapping("/late-recording")
    LateRecording lateRecording(@RequestParam(defaultValue = "7") @Min(0) @Max(3650) int days,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        List<Bson> filters = new ArrayList<>(List.of(gt("lagDays", days)));
        Instant start = TimeParameter.startOf("from", from, clock.getZone());
        Instant end = TimeParameter.endOf("to", to, clock.getZone());
        if (start != null) {
            filters.add(gte("recordedAtMillis", start.toEpochMilli()));
        }
        if (end != null) {
            filters.add(lte("recordedAtMillis", end.toEpochMilli()));
        }
        Map<String, Long> byOfficer = new TreeMap<>();
        Map<String, Long> byMonth = new TreeMap<>();
        Map<String, Map<String, Long>> byOfficerAndMonth = new TreeMap<>();
        List<AuditEntry> all = new ArrayList<>();
        for (Document stored : log.find(and(filters)).sort(Sorts.descending("recordedAtMillis"))) {
            AuditEntry entry = documents.fromDocument(stored, AuditEntry.class);
            String officer = entry.actor() == null ? "(unknown)" : entry.actor();
            byOfficer.merge(officer, 1L, Long::sum);
            byMonth.merge(entry.recordedMonth(), 1L, Long::sum);
            byOfficerAndMonth.computeIfAbsent(officer, o -> new TreeMap<>()).merge(entry.recordedMonth(), 1L, Long::sum);
            all.add(entry);
        }
        return new LateRecording(days, all.size(), byOfficer, byMonth, byOfficerAndMonth, all.subList(0, Math.min(20, all.size())));
    }

    @GetMapping("/verify")
    ChainVerifier.Verification verify(@RequestParam String aggregateId) {
        return verifier.verify(aggregateId);
    }

    @PostMapping("/verifications")
    ResponseEntity<StoreVerification.Progress> verifyStore() {
        StoreVerification.Progress started = storeVerification.start();
        return ResponseEntity.accepted().location(URI.create("/api/audit/verifications/" + started.verificationId()))
                .body(started);
    }

    @GetMapping("/verifications/{verificationId}")
    StoreVerification.Progress verification(@PathVariable String verificationId) {
        return storeVerification.progress(verificationId);
    }

    /**
     * The filter narrowed to a window of recent recorded time that holds enough entries for the
     * page. Sorting a whole trail newest-first costs time in proportion to its size; a window,
     * found through the recorded-time index and widened four-fold until it is full enough, costs
     * time in proportion to the page instead.
     */
    private Bson recentEnough(List<Bson> filters, long earliest, long latest, long needed) {
        long newest = Math.min(latest, clock.millis());
        for (long window = Duration.ofDays(7).toMillis(); ; window *= 4) {
            long from = Math.max(earliest, newest - window);
            List<Bson> windowed = withRecordedTime(filters, from, latest);
            if (from == earliest || log.countDocuments(and(windowed)) >= needed) {
                return and(windowed);
            }
        }
    }

    private static List<Bson> withRecordedTime(List<Bson> filters, long from, long to) {
        List<Bson> within = new ArrayList<>(filters);
        within.add(gte("recordedAtMillis", from));
        within.add(lte("recordedAtMillis", to));
        return within;
    }

    private static void addIfGiven(List<Bson> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(eq(field, value));
        }
    }
}
