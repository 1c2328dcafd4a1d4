package uk.ehcworkflow.query.audit;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.audit.PersonalDataViewed;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.query.readmodel.BatchedCounters;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.JsonDocuments;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;

/**
 * Builds {@code audit_log}: every event, with its index ({@code audit_postings}: reads filed under
 * the case they read and, day by day, entries by actor, agency and type) and the late-recording
 * counts ({@code audit_late}).
 */
@Component
@ProcessingGroup(AuditLogProjection.PROCESSOR)
public class AuditLogProjection extends ReadModelProjection {

    static final String PROCESSOR = "audit-log";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    public static final String COLLECTION = "audit_log";

    private final MongoCollection<Document> collection;
    private final BatchedDocuments<AuditEntry> entries;
    private final MongoCollection<Document> postingsCollection;
    private final BatchedDocuments<Postings> postings;
    private final BatchedDocuments<Extent> extent;
    private final BatchedCounters late;
    private final JsonDocuments json;
    private final Clock clock;

    /** Entries and the extent are written blind, so a batch has nothing of theirs to load first. */
    AuditLogProjection(ReadModelCollections writing, Clock clock) {
        super(writing, PROCESSOR, null, copy -> new AuditLogProjection(copy, clock),
                COLLECTION, AuditIndex.POSTINGS, AuditIndex.LATE);
        this.clock = clock;
        this.json = writing.json();
        this.collection = writing.collection(COLLECTION);
        this.entries = writing.documents(COLLECTION, AuditEntry.class, message -> List.of());
        this.postingsCollection = writing.collection(AuditIndex.POSTINGS);
        this.postings = writing.documents(AuditIndex.POSTINGS, Postings.class, this::keysOf);
        this.extent = writing.documents(AuditIndex.POSTINGS, Extent.class, message -> List.of());
        this.late = writing.counters(AuditIndex.LATE);
    }

    /**
     * Every event, whatever its type. An entry's id is its aggregate's id and sequence number (or
     * the event's id, for events of no aggregate), so a redelivery rewrites the same entry.
     */
    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        EventDescriptions.Described described = EventDescriptions.describe(payload);
        LocalDate recordedDay = recordedDay(event);
        DomainEventMessage<?> domain = domain(event);
        long position = token.position().orElse(-1);
        Long lagDays = described.businessDate() == null ? null
                : ChronoUnit.DAYS.between(described.businessDate(), recordedDay);
        String actor = text(event, ActorMetadata.USER);
        String id = domain != null ? AuditIndex.entry(domain.getAggregateIdentifier(), domain.getSequenceNumber())
                : event.getIdentifier();
        entries.put(id, new AuditEntry(
                event.getIdentifier(),
                position,
                event.getPayloadType().getSimpleName(),
                aggregateIdOf(event),
                domain != null ? domain.getType() : null,
                domain != null ? domain.getSequenceNumber() : null,
                described.businessDate(),
                event.getTimestamp(),
                event.getTimestamp().toEpochMilli(),
                YearMonth.from(recordedDay).toString(),
                lagDays,
                actor,
                text(event, ActorMetadata.ROLE),
                text(event, ActorMetadata.AGENCY),
                text(event, ActorMetadata.CORRELATION_ID),
                described.description()));
        Postings.Ref ref = new Postings.Ref(id, event.getTimestamp().toEpochMilli(), position, lagDays);
        for (String key : keysOf(event)) {
            Postings filed = Objects.requireNonNullElseGet(postings.get(key), Postings::none);
            Postings.Chunks chunks = chunksOf(key);
            if (!filed.holds(ref, chunks)) {
                postings.put(key, filed.with(ref, chunks));
            }
        }
        extent.update(Extent.ID, Extent::new, known -> known.include(recordedDay));
        if (lagDays != null && lagDays > 0) {
            Map<String, Long> counted = Map.of(AuditIndex.field(actor) + "." + lagDays, 1L);
            late.add(AuditIndex.late(recordedDay), position, counted);
            late.add(AuditIndex.late(YearMonth.from(recordedDay)), position, counted);
        }
    }

    /** Shape 2 adds each month's late-recording counts to each day's. */
    @Override
    public int shape() {
        return 2;
    }

    /** Every aggregate's events appear in the trail; reads of cases, which belong to none, are left out. */
    @Override
    public Map<String, Long> eventsPerAggregate() {
        Map<String, Long> counts = new HashMap<>();
        for (Document entry : collection.find(ne("aggregateType", null))
                .projection(Projections.include("aggregateId"))) {
            counts.merge(entry.getString("aggregateId"), 1L, Long::sum);
        }
        return counts;
    }

    /**
     * A key's sealed chunks. One is written as soon as it is sealed, before the batch writes the
     * key's document that counts it, so that document never names a chunk that is not stored;
     * a batch that then fails leaves a chunk nothing names, written again by the next attempt.
     */
    private Postings.Chunks chunksOf(String key) {
        return new Postings.Chunks() {
            @Override
            public Postings read(int chunk) {
                return postings.get(Postings.chunkId(key, chunk));
            }

            @Override
            public void write(int chunk, Postings sealed) {
                String id = Postings.chunkId(key, chunk);
                postingsCollection.replaceOne(eq("_id", id), json.toDocument(id, sealed), UPSERT);
            }
        };
    }

    private List<String> keysOf(EventMessage<?> event) {
        String filedUnder = domain(event) == null ? aggregateIdOf(event) : null;
        return AuditIndex.keys(filedUnder, text(event, ActorMetadata.USER), text(event, ActorMetadata.AGENCY),
                event.getPayloadType().getSimpleName(), recordedDay(event));
    }

    private LocalDate recordedDay(EventMessage<?> event) {
        return event.getTimestamp().atZone(clock.getZone()).toLocalDate();
    }

    /** A read of a case is filed under the case it read, so a case's trail shows who looked at it. */
    private static String aggregateIdOf(EventMessage<?> event) {
        DomainEventMessage<?> domain = domain(event);
        if (domain != null) {
            return domain.getAggregateIdentifier();
        }
        return event.getPayload() instanceof PersonalDataViewed viewed ? viewed.assessmentId() : null;
    }

    private static DomainEventMessage<?> domain(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> d && d.getType() != null ? d : null;
    }

    private static String text(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
