package uk.ehcworkflow.query.improvement;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.improvement.ImprovementActionEvent;
import uk.ehcworkflow.query.readstore.BatchedDocuments;
import uk.ehcworkflow.query.readstore.JsonDocuments;
import uk.ehcworkflow.query.readstore.ReadModelProjection;

/** Builds {@code improvement_actions}: each action's current state and its full history. */
@Component
@ProcessingGroup(ActionProjection.PROCESSOR)
class ActionProjection extends ReadModelProjection {

    static final String PROCESSOR = "improvement-actions";
    static final String COLLECTION = "improvement_actions";

    private final BatchedDocuments<ActionRecord> actions;

    @Autowired
    ActionProjection(MongoDatabase readStore, JsonDocuments documents) {
        this(readStore, documents, "");
    }

    private ActionProjection(MongoDatabase readStore, JsonDocuments documents, String suffix) {
        super(PROCESSOR, "ImprovementAction", readStore, documents, suffix, COLLECTION);
        this.actions = new BatchedDocuments<>(collection(COLLECTION), ActionRecord.class, documents,
                payload -> payload instanceof ImprovementActionEvent event ? event.actionId() : null);
    }

    @EventHandler
    void on(ImprovementActionEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(ActorMetadata.USER) String user) {
        actions.update(event.actionId(), ActionRecord::new, action -> action.apply(event, sequence, recordedAt, user));
    }

    @Override
    public Object copyWritingTo(String suffix) {
        return new ActionProjection(readStore, documents, suffix);
    }
}
