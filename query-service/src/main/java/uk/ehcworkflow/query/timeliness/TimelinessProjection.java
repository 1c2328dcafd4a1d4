package uk.ehcworkflow.query.timeliness;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.query.assessment.AssessmentRecord;
import uk.ehcworkflow.query.readstore.BatchedCounters;
import uk.ehcworkflow.query.readstore.BatchedDocuments;
import uk.ehcworkflow.query.readstore.JsonDocuments;
import uk.ehcworkflow.query.readstore.ReadModelProjection;
import uk.ehcworkflow.query.readstore.RebuildableProjection;

/**
 * Builds {@code timeliness_kpis}: counters per day and per month, so that a dashboard reads a
 * dozen documents for a year instead of every case, and the same increments by when they were
 * recorded ({@code timeliness_recorded}) to answer what the figures were as known on a past date.
 * It keeps its own copy of each case ({@code timeliness_cases}) to know what an event changes.
 */
@Component
@ProcessingGroup(TimelinessProjection.PROCESSOR)
class TimelinessProjection extends ReadModelProjection {

    static final String PROCESSOR = "timeliness";
    static final String COUNTERS = "timeliness_kpis";
    static final String CASES = "timeliness_cases";
    static final String RECORDED = "timeliness_recorded";

    private final BatchedDocuments<AssessmentRecord> cases;
    private final BatchedCounters counters;
    private final RecordedCounters recorded;

    @Autowired
    TimelinessProjection(MongoDatabase readStore, JsonDocuments documents) {
        this(readStore, documents, "");
    }

    private TimelinessProjection(MongoDatabase readStore, JsonDocuments documents, String suffix) {
        super(PROCESSOR, "Assessment", readStore, documents, suffix, COUNTERS, CASES, RECORDED);
        this.cases = new BatchedDocuments<>(collection(CASES), AssessmentRecord.class, documents,
                payload -> payload instanceof AssessmentEvent event ? event.assessmentId() : null);
        this.counters = new BatchedCounters(collection(COUNTERS));
        this.recorded = new RecordedCounters(collection(RECORDED));
    }

    @EventHandler
    void on(AssessmentEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(ActorMetadata.USER) String user, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException("event without a position"));
        AssessmentRecord known = cases.get(event.assessmentId());
        AssessmentRecord record = known == null ? new AssessmentRecord() : known;
        Map<LocalDate, Map<String, Long>> before = Contribution.of(record);
        if (!record.apply(event, new AssessmentRecord.Recording(sequence, recordedAt, user))) {
            return;
        }
        Contribution.difference(before, Contribution.of(record)).forEach((day, increments) -> {
            counters.add(PeriodKey.day(day), position, increments);
            counters.add(PeriodKey.month(day), position, increments);
            recorded.add(day, recordedAt, position, increments);
        });
        cases.put(event.assessmentId(), record);
    }

    /** Shape 2 added {@code timeliness_recorded}; shape 3 sliced its per-instant documents by store position. */
    @Override
    public int shape() {
        return 3;
    }

    @Override
    public Object copyWritingTo(String suffix) {
        return new TimelinessProjection(readStore, documents, suffix);
    }

    @Override
    public Map<String, Long> eventsPerAggregate() {
        return RebuildableProjection.countsFromSequence(collection(CASES), "lastSequence");
    }
}
