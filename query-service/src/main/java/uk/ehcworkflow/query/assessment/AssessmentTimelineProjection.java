package uk.ehcworkflow.query.assessment;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.panel.PanelDecisionRecorded;
import uk.ehcworkflow.query.readstore.BatchedDocuments;
import uk.ehcworkflow.query.readstore.JsonDocuments;
import uk.ehcworkflow.query.readstore.ReadModelProjection;

/**
 * Builds {@code assessment_timeline}: one document per assessment with every step, due date,
 * advice and the panel decisions that informed it.
 */
@Component
@ProcessingGroup(AssessmentTimelineProjection.PROCESSOR)
class AssessmentTimelineProjection extends ReadModelProjection {

    static final String PROCESSOR = "assessment-timeline";
    static final String COLLECTION = "assessment_timeline";

    private final BatchedDocuments<AssessmentRecord> timelines;

    @Autowired
    AssessmentTimelineProjection(MongoDatabase readStore, JsonDocuments documents) {
        this(readStore, documents, "");
    }

    private AssessmentTimelineProjection(MongoDatabase readStore, JsonDocuments documents, String suffix) {
        super(PROCESSOR, "Assessment", readStore, documents, suffix, COLLECTION);
        this.timelines = new BatchedDocuments<>(collection(COLLECTION), AssessmentRecord.class, documents,
                AssessmentTimelineProjection::caseOf);
    }

    @EventHandler
    void on(AssessmentEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(ActorMetadata.USER) String user) {
        timelines.update(event.assessmentId(), AssessmentRecord::new,
                record -> record.apply(event, new AssessmentRecord.Recording(sequence, recordedAt, user)));
    }

    /** Shows the panel decisions that informed the case; one per sitting, so a redelivery replaces itself. */
    @EventHandler
    void on(PanelDecisionRecorded event, @Timestamp Instant recordedAt, @MetaDataValue(ActorMetadata.USER) String user) {
        timelines.update(event.assessmentId(), AssessmentRecord::new, record -> record.notePanelDecision(
                new AssessmentRecord.PanelAdvice(event.panelId(), event.heldOn(), event.decision(), event.rationale(),
                        recordedAt, user)));
    }

    @Override
    public Object copyWritingTo(String suffix) {
        return new AssessmentTimelineProjection(readStore, documents, suffix);
    }

    /** The case an event updates: its own, or the one a panel decided on. */
    private static String caseOf(Object payload) {
        if (payload instanceof AssessmentEvent event) {
            return event.assessmentId();
        }
        return payload instanceof PanelDecisionRecorded decision ? decision.assessmentId() : null;
    }
}
