package uk.ehcworkflow.query.plan;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanStream;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;
import uk.ehcworkflow.query.readmodel.Recording;

/** Builds {@code plan_timeline}: one document per plan, by plan id, with its events as recorded. */
@Component
@ProcessingGroup(PlanTimelineProjection.PROCESSOR)
class PlanTimelineProjection extends ReadModelProjection {

    static final String PROCESSOR = "plan-timeline";
    static final String COLLECTION = "plan_timeline";

    private final BatchedDocuments<PlanTimeline> plans;

    PlanTimelineProjection(ReadModelCollections writing) {
        super(writing, PROCESSOR, "Plan", PlanTimelineProjection::new, COLLECTION);
        this.plans = writing.documents(COLLECTION, PlanTimeline.class, PlanEvent.class, PlanEvent::planId);
    }

    @EventHandler
    void on(PlanEvent event, Recording recording) {
        plans.update(event.planId(), PlanTimeline::new, plan -> plan.apply(event, recording));
    }

    /** Documents are kept by plan id; the store counts events by stream. */
    @Override
    public Map<String, Long> eventsPerAggregate() {
        Map<String, Long> byStream = new HashMap<>();
        sequencesIn(COLLECTION).forEach((planId, count) -> byStream.put(PlanStream.of(planId), count));
        return byStream;
    }
}
