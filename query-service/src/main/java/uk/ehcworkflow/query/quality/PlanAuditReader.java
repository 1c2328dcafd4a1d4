package uk.ehcworkflow.query.quality;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.quality.PlanAuditEvent;
import uk.ehcworkflow.query.audit.StoredEvents;
import uk.ehcworkflow.query.readmodel.JsonDocuments;
import uk.ehcworkflow.query.readmodel.RecordDocuments;

/** Audits of plans' quality as the read model has them. */
@Component
public class PlanAuditReader {

    private final MongoCollection<Document> audits;
    private final JsonDocuments documents;
    private final RecordDocuments<PlanAuditRecord> byId;
    private final StoredEvents storedEvents;

    PlanAuditReader(MongoDatabase readStore, JsonDocuments documents, StoredEvents storedEvents, Clock clock) {
        this.audits = readStore.getCollection(PlanAuditProjection.COLLECTION);
        this.documents = documents;
        this.storedEvents = storedEvents;
        this.byId = new RecordDocuments<>(audits, documents, PlanAuditRecord.class, PlanAuditRecord::lastSequence, clock);
    }

    /** The audit now, or null if the read side does not know it (yet). */
    public PlanAuditRecord current(String auditId) {
        return byId.byId(auditId);
    }

    /** Waits, briefly, until the read model shows an event of the audit after that sequence number. */
    public void awaitChange(String auditId, long afterSequence) {
        byId.awaitChange(auditId, afterSequence);
    }

    /** A plan's audits (its draft's among them), oldest first. */
    public List<PlanAuditRecord> ofPlan(String planId) {
        List<PlanAuditRecord> found = new ArrayList<>();
        for (Document stored : audits.find(eq("planId", planId))) {
            found.add(documents.fromDocument(stored, PlanAuditRecord.class));
        }
        found.sort(PlanAuditRecord.LATEST_BEGUN);
        return found;
    }

    /** Every audit there is: the area's figures are made from all of them (a few a week, not a case's every event). */
    public List<PlanAuditRecord> all() {
        List<PlanAuditRecord> found = new ArrayList<>();
        for (Document stored : audits.find()) {
            found.add(documents.fromDocument(stored, PlanAuditRecord.class));
        }
        return found;
    }

    /** Every audit as known at an instant, each rebuilt from its stored events recorded by then; one begun later is left out. */
    public List<PlanAuditRecord> all(Instant knownAt) {
        List<PlanAuditRecord> known = new ArrayList<>();
        for (PlanAuditRecord audit : all()) {
            if (audit.startedAt() != null && !audit.startedAt().isAfter(knownAt)) {
                known.add(knownAt(audit.auditId(), knownAt));
            }
        }
        return known;
    }

    private PlanAuditRecord knownAt(String auditId, Instant knownAt) {
        PlanAuditRecord rebuilt = new PlanAuditRecord();
        storedEvents.replay(auditId, knownAt, PlanAuditEvent.class, rebuilt::apply);
        return rebuilt;
    }

    /** A plan's audits as known at an instant, each rebuilt from its stored events recorded by then; one begun later is left out. */
    public List<PlanAuditRecord> ofPlan(String planId, Instant knownAt) {
        List<PlanAuditRecord> known = new ArrayList<>();
        for (PlanAuditRecord audit : ofPlan(planId)) {
            PlanAuditRecord rebuilt = knownAt(audit.auditId(), knownAt);
            if (rebuilt.auditId() != null) {
                known.add(rebuilt);
            }
        }
        return known;
    }
}
