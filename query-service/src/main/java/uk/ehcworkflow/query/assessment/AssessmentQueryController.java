package uk.ehcworkflow.query.assessment;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.audit.StoredEvents;
import uk.ehcworkflow.query.common.TimeParameter;
import uk.ehcworkflow.query.readstore.JsonDocuments;

/** Reads one assessment's timeline, now or as it was known at a past instant. */
@RestController
class AssessmentQueryController {

    private final MongoDatabase readStore;
    private final JsonDocuments documents;
    private final Clock clock;
    private final AccessLog accessLog;
    private final StoredEvents storedEvents;

    AssessmentQueryController(MongoDatabase readStore, JsonDocuments documents, Clock clock, AccessLog accessLog,
                              StoredEvents storedEvents) {
        this.readStore = readStore;
        this.documents = documents;
        this.clock = clock;
        this.accessLog = accessLog;
        this.storedEvents = storedEvents;
    }

    /**
     * The case as it stands, or with {@code asOf} as it was known at that instant (a date means
     * the end of that day): rebuilt from the events recorded by then, with its status on that day.
     */
    @GetMapping("/api/assessments/{assessmentId}")
    AssessmentTimelineView timeline(@PathVariable String assessmentId, @RequestParam(required = false) String asOf,
                                    HttpServletRequest request) {
        Instant knownAt = TimeParameter.endOf("asOf", asOf, clock.getZone());
        AssessmentRecord current = current(assessmentId);
        if (knownAt == null) {
            if (current == null) {
                throw new NotFoundException("No assessment " + assessmentId + " is known (yet) to the read side.");
            }
            accessLog.caseViewed(assessmentId, "timeline", request);
            return AssessmentTimelineView.of(current, LocalDate.now(clock));
        }
        AssessmentRecord rebuilt = rebuild(assessmentId, knownAt, current);
        if (!rebuilt.isOpened()) {
            throw new NotFoundException("Assessment " + assessmentId + " had not been recorded by " + knownAt + ".");
        }
        accessLog.caseViewed(assessmentId, "timeline as known at " + knownAt, request);
        return AssessmentTimelineView.of(rebuilt, knownAt.atZone(clock.getZone()).toLocalDate());
    }

    /** The case's own events up to the instant; the panel decisions (other aggregates' events) as recorded by then. */
    AssessmentRecord rebuild(String assessmentId, Instant knownAt, AssessmentRecord current) {
        AssessmentRecord rebuilt = new AssessmentRecord();
        for (DomainEventMessage<?> event : storedEvents.recordedBy(assessmentId, knownAt)) {
            if (event.getPayload() instanceof AssessmentEvent payload) {
                rebuilt.apply(payload, new AssessmentRecord.Recording(event.getSequenceNumber(), event.getTimestamp(),
                        (String) event.getMetaData().get(ActorMetadata.USER)));
            }
        }
        if (current != null) {
            current.knownAt(knownAt).panelDecisions().forEach(rebuilt::notePanelDecision);
        }
        return rebuilt;
    }

    AssessmentRecord current(String assessmentId) {
        Document stored = readStore.getCollection(AssessmentTimelineProjection.COLLECTION)
                .find(eq("_id", assessmentId)).first();
        return stored == null ? null : documents.fromDocument(stored, AssessmentRecord.class);
    }
}
