package uk.ehcworkflow.query.improvement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.improvement.ImprovementActionEvent;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;
import uk.ehcworkflow.query.readmodel.Recording;

/** Builds {@code improvement_actions}: each action's current state and its full history. */
@Component
@ProcessingGroup(ActionProjection.PROCESSOR)
class ActionProjection extends ReadModelProjection {

    static final String PROCESSOR = "improvement-actions";
    static final String COLLECTION = "improvement_actions";

    private final BatchedDocuments<ActionTimeline> actions;

    ActionProjection(ReadModelCollections writing) {
        super(writing, PROCESSOR, "ImprovementAction", ActionProjection::new, COLLECTION);
        this.actions = writing.documents(COLLECTION, ActionTimeline.class, ImprovementActionEvent.class,
                ImprovementActionEvent::actionId);
    }

    @EventHandler
    void on(ImprovementActionEvent event, Recording recording) {
        actions.update(event.actionId(), ActionTimeline::new, action -> action.apply(event, recording));
    }
}
