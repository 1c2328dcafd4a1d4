package uk.ehcworkflow.query.timeliness;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.readmodel.BatchedCounters;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.DayCounts;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;
import uk.ehcworkflow.query.readmodel.RecordedCounters;
import uk.ehcworkflow.query.readmodel.Recording;

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

    private final BatchedDocuments<AssessmentTimeline> cases;
    private final BatchedCounters counters;
    private final RecordedCounters recorded;

    TimelinessProjection(ReadModelCollections writing) {
        super(writing, PROCESSOR, "Assessment", TimelinessProjection::new, COUNTERS, CASES, RECORDED);
        this.cases = writing.documents(CASES, AssessmentTimeline.class, AssessmentEvent.class, AssessmentEvent::assessmentId);
        this.counters = writing.counters(COUNTERS);
        this.recorded = writing.recordedCounters(RECORDED);
    }

    @EventHandler
    void on(AssessmentEvent event, Recording recording, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException("event without a position"));
        AssessmentTimeline known = cases.get(event.assessmentId());
        AssessmentTimeline timeline = known == null ? new AssessmentTimeline() : known;
        Map<LocalDate, Map<String, Long>> before = Contribution.of(timeline);
        if (!timeline.apply(event, recording)) {
            return;
        }
        Map<LocalDate, Map<String, Long>> difference = DayCounts.difference(before, Contribution.of(timeline));
        DayCounts.file(difference, counters, recorded, recording.recordedAt(), position);
        difference.forEach((day, increments) -> {
            Map<String, Long> owed = PastDue.forIndex(day, increments);
            if (!owed.isEmpty()) {
                counters.add(PastDue.INDEX, position, owed);
                recorded.addToTotal(PastDue.TOTAL, YearMonth.from(day), recording.recordedAt(), position,
                        PastDue.byAgencyName(increments));
            }
        });
        cases.put(event.assessmentId(), timeline);
    }

    /**
     * Shape 2 added {@code timeliness_recorded}; shape 3 sliced its per-instant documents by store
     * position; shape 4 counts as the DfE defines the figures (ADR 17); shape 5 keeps the advice owed
     * past due as known at past instants as a running total by month (ADR 37); shape 6 counts the
     * letters of decisions (ADR 40).
     */
    @Override
    public int shape() {
        return 6;
    }

    @Override
    public Map<String, Long> eventsPerAggregate() {
        return sequencesIn(CASES);
    }
}
