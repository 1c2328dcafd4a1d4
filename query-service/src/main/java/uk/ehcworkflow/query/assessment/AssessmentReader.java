package uk.ehcworkflow.query.assessment;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.query.audit.StoredEvents;
import uk.ehcworkflow.query.readstore.JsonDocuments;

/** An assessment as the read model has it now, or rebuilt from its stored events as known at an instant. */
@Component
public class AssessmentHistory {

    private final MongoDatabase readStore;
    private final JsonDocuments documents;
    private final StoredEvents storedEvents;

    AssessmentHistory(MongoDatabase readStore, JsonDocuments documents, StoredEvents storedEvents) {
        this.readStore = readStore;
        this.documents = documents;
        this.storedEvents = storedEvents;
    }

    /** Today's read model of the case, or null if the read side does not know it (yet). */
    public AssessmentRecord current(String assessmentId) {
        Document stored = readStore.getCollection(AssessmentTimelineProjection.COLLECTION)
                .find(eq("_id", assessmentId)).first();
        return stored == null ? null : documents.fromDocument(stored, AssessmentRecord.class);
    }

    /**
     * The case rebuilt from its own events recorded by the instant, not from the read model; the
     * panel decisions, which are other aggregates' events, as recorded by then.
     */
    public AssessmentRecord rebuild(String assessmentId, Instant knownAt) {
        AssessmentRecord rebuilt = new AssessmentRecord();
        for (DomainEventMessage<?> event : storedEvents.recordedBy(assessmentId, knownAt)) {
            if (event.getPayload() instanceof AssessmentEvent payload) {
                rebuilt.apply(payload, new AssessmentRecord.Recording(event.getSequenceNumber(), event.getTimestamp(),
                        (String) event.getMetaData().get(ActorMetadata.USER)));
            }
        }
        AssessmentRecord current = current(assessmentId);
        if (current != null) {
            current.knownAt(knownAt).panelDecisions().forEach(rebuilt::notePanelDecision);
        }
        return rebuilt;
    }
}
