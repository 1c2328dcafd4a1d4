package uk.ehcworkflow.query.quality;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.quality.MonthlySampleEvent;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;
import uk.ehcworkflow.query.readmodel.Recording;

/** Builds {@code quality_samples}: each month's sample of finalised plans as drawn (ADR 51). */
@Component
@ProcessingGroup(MonthlySampleProjection.PROCESSOR)
class MonthlySampleProjection extends ReadModelProjection {

    static final String PROCESSOR = "quality-samples";
    static final String COLLECTION = "quality_samples";

    private final BatchedDocuments<MonthlySampleRecord> samples;

    MonthlySampleProjection(ReadModelCollections writing) {
        super(writing, PROCESSOR, "MonthlySample", MonthlySampleProjection::new, COLLECTION);
        this.samples = writing.documents(COLLECTION, MonthlySampleRecord.class, MonthlySampleEvent.class, MonthlySampleEvent::sampleId);
    }

    @EventHandler
    void on(MonthlySampleEvent event, Recording recording) {
        samples.update(event.sampleId(), MonthlySampleRecord::new, sample -> sample.apply(event, recording));
    }
}
