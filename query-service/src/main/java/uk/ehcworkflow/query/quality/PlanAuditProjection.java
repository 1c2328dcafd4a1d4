package uk.ehcworkflow.query.quality;

import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.quality.PlanAuditEvent;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;
import uk.ehcworkflow.query.readmodel.Recording;

/** Builds {@code plan_audits}: each audit of a plan's quality as it stands (ADR 50). */
@Component
@ProcessingGroup(PlanAuditProjection.PROCESSOR)
class PlanAuditProjection extends ReadModelProjection {

    static final String PROCESSOR = "plan-audits";
    static final String COLLECTION = "plan_audits";

    private final BatchedDocuments<PlanAuditRecord> audits;

    PlanAuditProjection(ReadModelCollections writing) {
        super(writing, PROCESSOR, "PlanAudit", PlanAuditProjection::new, COLLECTION);
        this.audits = writing.documents(COLLECTION, PlanAuditRecord.class, PlanAuditEvent.class, PlanAuditEvent::auditId);
        writing.collection(COLLECTION).createIndex(Indexes.ascending("planId"));
    }

    @EventHandler
    void on(PlanAuditEvent event, Recording recording) {
        audits.update(event.auditId(), PlanAuditRecord::new, audit -> audit.apply(event, recording));
    }
}
