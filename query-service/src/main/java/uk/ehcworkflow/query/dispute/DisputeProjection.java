package uk.ehcworkflow.query.dispute;

import com.mongodb.client.model.Indexes;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;
import uk.ehcworkflow.query.readmodel.Recording;

/**
 * Builds {@code dispute_timeline}, one document per dispute with its events as recorded, and
 * {@code appealable_decisions}, one document per appealable decision recorded on an assessment
 * or a plan (by its stream and sequence number, so a redelivery rewrites the same document).
 */
@Component
@ProcessingGroup(DisputeProjection.PROCESSOR)
class DisputeProjection extends ReadModelProjection {

    static final String PROCESSOR = "disputes";
    static final String COLLECTION = "dispute_timeline";
    static final String DECISIONS = "appealable_decisions";

    private final BatchedDocuments<DisputeTimeline> disputes;
    private final BatchedDocuments<DecisionOnRecord> decisions;

    /** Decisions are written blind, so a batch has nothing of theirs to load first. */
    DisputeProjection(ReadModelCollections writing) {
        super(writing, PROCESSOR, "Dispute", DisputeProjection::new, COLLECTION, DECISIONS);
        this.disputes = writing.documents(COLLECTION, DisputeTimeline.class, DisputeEvent.class, DisputeEvent::disputeId);
        this.decisions = writing.documents(DECISIONS, DecisionOnRecord.class, message -> List.of());
        writing.collection(COLLECTION).createIndex(Indexes.ascending("caseId"));
        writing.collection(DECISIONS).createIndex(Indexes.ascending("letterOn"));
        writing.collection(DECISIONS).createIndex(Indexes.ascending("caseId"));
    }

    @EventHandler
    void on(DisputeEvent event, Recording recording) {
        disputes.update(event.disputeId(), DisputeTimeline::new, dispute -> dispute.apply(event, recording));
    }

    @EventHandler
    void on(MilestoneRecorded event, EventMessage<?> message) {
        note(event.assessmentId(), event, message);
    }

    @EventHandler
    void on(PlanEvent event, EventMessage<?> message) {
        note(event.planId(), event, message);
    }

    private void note(String caseId, Object event, EventMessage<?> message) {
        DecisionLetter.of(event).ifPresent(letter -> {
            DomainEventMessage<?> domain = (DomainEventMessage<?>) message;
            decisions.put(domain.getAggregateIdentifier() + "#" + domain.getSequenceNumber(),
                    new DecisionOnRecord(caseId, letter.decision(), letter.letterOn(), message.getTimestamp()));
        });
    }
}
