package uk.ehcworkflow.query.audit;

import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.audit.PersonalDataViewed;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.query.readstore.BatchedDocuments;
import uk.ehcworkflow.query.readstore.JsonDocuments;
import uk.ehcworkflow.query.readstore.ReadModelProjection;

/** Builds {@code audit_log}: every event, searchable by aggregate, actor, agency, type and time. */
@Component
@ProcessingGroup(AuditLogProjection.PROCESSOR)
public class AuditLogProjection extends ReadModelProjection {

    static final String PROCESSOR = "audit-log";
    public static final String COLLECTION = "audit_log";

    private final MongoCollection<Document> collection;
    private final BatchedDocuments<AuditEntry> entries;
    private final Clock clock;

    @Autowired
    AuditLogProjection(MongoDatabase readStore, JsonDocuments documents, Clock clock) {
        this(readStore, documents, clock, "");
    }

    private AuditLogProjection(MongoDatabase readStore, JsonDocuments documents, Clock clock, String suffix) {
        super(PROCESSOR, null, readStore, documents, suffix, COLLECTION);
        this.collection = collection(COLLECTION);
        this.entries = new BatchedDocuments<>(collection, AuditEntry.class, documents, payload -> null);
        this.clock = clock;
        collection.createIndex(Indexes.descending("recordedAtMillis"));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("aggregateId"), Indexes.descending("recordedAtMillis")));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("actor"), Indexes.descending("recordedAtMillis")));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("agency"), Indexes.descending("recordedAtMillis")));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("type"), Indexes.descending("recordedAtMillis")));
        collection.createIndex(Indexes.ascending("lagDays"));
    }

    /** Every event, whatever its type; the entry's id is the event's, so a redelivery rewrites the same entry. */
    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        EventDescriptions.Described described = EventDescriptions.describe(payload);
        LocalDate recordedDay = event.getTimestamp().atZone(clock.getZone()).toLocalDate();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d && d.getType() != null ? d : null;
        // A read of a case is filed under the case it read, so a case's trail shows who looked at it.
        String aggregateId = domain != null ? domain.getAggregateIdentifier()
                : payload instanceof PersonalDataViewed viewed ? viewed.assessmentId() : null;
        entries.put(event.getIdentifier(), new AuditEntry(
                event.getIdentifier(),
                token.position().orElse(-1),
                event.getPayloadType().getSimpleName(),
                aggregateId,
                domain != null ? domain.getType() : null,
                domain != null ? domain.getSequenceNumber() : null,
                described.businessDate(),
                event.getTimestamp(),
                event.getTimestamp().toEpochMilli(),
                YearMonth.from(recordedDay).toString(),
                described.businessDate() == null ? null : ChronoUnit.DAYS.between(described.businessDate(), recordedDay),
                text(event, ActorMetadata.USER),
                text(event, ActorMetadata.ROLE),
                text(event, ActorMetadata.AGENCY),
                text(event, ActorMetadata.CORRELATION_ID),
                described.description()));
    }

    @Override
    public Object copyWritingTo(String suffix) {
        return new AuditLogProjection(readStore, documents, clock, suffix);
    }

    /** Every aggregate's events appear in the trail. */

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

    private static String text(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
