package uk.ehcworkflow.query.assessment;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.audit.StoredEvents;
import uk.ehcworkflow.query.readmodel.JsonDocuments;
import uk.ehcworkflow.query.readmodel.RangeEntries;
import uk.ehcworkflow.query.readmodel.ReadModelScan;
import uk.ehcworkflow.query.readmodel.RecordDocuments;

/** An assessment as the read model has it now, or rebuilt from its stored events as known at an instant. */
@Component
public class AssessmentReader {

    /** What a case reference looks like: the year the request was received and a number. */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("EHC-\\d{4}-\\d{1,6}",
            java.util.regex.Pattern.CASE_INSENSITIVE);


    private final MongoDatabase readStore;
    private final JsonDocuments documents;
    private final StoredEvents storedEvents;
    private final Clock clock;

    private final RecordDocuments<AssessmentTimeline> byId;

    AssessmentReader(MongoDatabase readStore, JsonDocuments documents, StoredEvents storedEvents, Clock clock) {
        this.readStore = readStore;
        this.documents = documents;
        this.storedEvents = storedEvents;
        this.clock = clock;
        this.byId = new RecordDocuments<>(readStore.getCollection(AssessmentTimelineProjection.COLLECTION), documents,
                AssessmentTimeline.class, AssessmentTimeline::lastSequence, clock);
    }

    /** Waits, briefly, until the read model shows an event of the case after that sequence number. */
    public void awaitChange(String assessmentId, long afterSequence) {
        byId.awaitChange(assessmentId, afterSequence);
    }

    /** Today's read model of the case, or null if the read side does not know it (yet). */
    public AssessmentTimeline current(String assessmentId) {
        return byId.byId(assessmentId);
    }

    /**
     * Every case the read model knows, a batch at a time ({@link ReadModelScan}), for the returns and
     * the lists that carry every child.
     */
    public void eachBatch(Consumer<List<AssessmentTimeline>> use) {
        ReadModelScan.inBatches(readStore.getCollection(AssessmentTimelineProjection.COLLECTION), documents,
                AssessmentTimeline.class, AssessmentTimeline::isOpened, use);
    }

    /**
     * One agency's advice requests: every outstanding one, soonest due first, then those it gave,
     * latest first, no more than {@code given} of them. No case is opened.
     */
    public List<AdviceRequest> adviceRequests(Agency agency, int given) {
        List<AdviceRequest> requests = new ArrayList<>(adviceRequests(AdviceRequest.outstanding(agency), Integer.MAX_VALUE));
        requests.addAll(adviceRequests(AdviceRequest.given(agency), given));
        return requests;
    }

    private List<AdviceRequest> adviceRequests(String run, int most) {
        List<AdviceRequest> found = new ArrayList<>();
        for (Document stored : readStore.getCollection(AssessmentTimelineProjection.ADVICE_REQUESTS)
                .find(RangeEntries.idsFrom(run, run + "~")).limit(most == Integer.MAX_VALUE ? 0 : most)) {
            found.add(documents.fromDocument(stored, AdviceRequest.class));
        }
        return found;
    }

    /** The standing invitations held by the address whose keyed hash this is (ADR 43). No case is opened. */
    public List<FamilyAccess> familyAccess(String contactDigest) {
        String run = FamilyAccess.run(contactDigest);
        List<FamilyAccess> found = new ArrayList<>();
        for (Document stored : readStore.getCollection(AssessmentTimelineProjection.FAMILY_ACCESS)
                .find(RangeEntries.idsFrom(run, run + "~"))) {
            found.add(documents.fromDocument(stored, FamilyAccess.class));
        }
        return found;
    }

    /** Those cases the read model knows, by id. */
    public Map<String, AssessmentTimeline> byIds(Collection<String> assessmentIds) {
        return ReadModelScan.byIds(readStore.getCollection(AssessmentTimelineProjection.COLLECTION), documents,
                AssessmentTimeline.class, assessmentIds);
    }

    /**
     * Those cases with only what a search by name checks them by: the child's sealed details, who may
     * see them (the agencies asked, the panels) and the reference it sorts by. A common beginning
     * names thousands of cases, of which a page shows fifty.
     */
    public Map<String, AssessmentTimeline> childrenOf(Collection<String> assessmentIds) {
        Map<String, AssessmentTimeline> found = new HashMap<>();
        for (Document stored : readStore.getCollection(AssessmentTimelineProjection.COLLECTION).find(in("_id", assessmentIds))
                .projection(Projections.include("assessmentId", "reference", "child", "personalDataErasedAt", "advice.agency",
                        "panelDecisions.panelId"))) {
            found.put(stored.getString("_id"), documents.fromDocument(stored, AssessmentTimeline.class));
        }
        return found;
    }

    /** The references of those cases that have one, by assessment id. */
    public Map<String, String> references(Collection<String> assessmentIds) {
        Map<String, String> references = new HashMap<>();
        for (Document stored : readStore.getCollection(AssessmentTimelineProjection.COLLECTION)
                .find(in("_id", assessmentIds)).projection(Projections.include("reference"))) {
            if (stored.getString("reference") != null) {
                references.put(stored.getString("_id"), stored.getString("reference"));
            }
        }
        return references;
    }

    /** The case holding a reference, if the read model knows one. */
    /**
     * The id a person means by what they typed: a case reference ({@code EHC-2026-00002}, in any
     * case) names its case, and so the plan it began and its disputes' case; anything else is taken
     * as an id. Empty when a reference names no case.
     */
    public Optional<String> idOf(String typed) {
        if (!REFERENCE.matcher(typed).matches()) {
            return Optional.of(typed);
        }
        return byReference(typed.toUpperCase(java.util.Locale.UK)).map(AssessmentTimeline::assessmentId);
    }

    /** Whether what was typed has the shape of a case reference. */
    public static boolean isReference(String typed) {
        return REFERENCE.matcher(typed).matches();
    }

    public Optional<AssessmentTimeline> byReference(String reference) {
        Document stored = readStore.getCollection(AssessmentTimelineProjection.COLLECTION)
                .find(eq("reference", reference)).first();
        return Optional.ofNullable(stored).map(found -> documents.fromDocument(found, AssessmentTimeline.class));
    }

    /**
     * The case rebuilt from its own events recorded by the instant, not from the read model; the
     * panel decisions, which are other aggregates' events, as recorded by then.
     */
    public AssessmentTimeline rebuild(String assessmentId, Instant knownAt) {
        AssessmentTimeline rebuilt = new AssessmentTimeline();
        storedEvents.replay(assessmentId, knownAt, AssessmentEvent.class, rebuilt::apply);
        AssessmentTimeline current = current(assessmentId);
        if (current != null) {
            current.knownAt(knownAt).panelDecisions().forEach(rebuilt::notePanelDecision);
        }
        return rebuilt;
    }
}
