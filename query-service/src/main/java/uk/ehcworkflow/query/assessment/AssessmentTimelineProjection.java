package uk.ehcworkflow.query.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.assessment.AssessmentOpened;
import uk.ehcworkflow.events.assessment.PersonalDataErased;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.panel.PanelDecisionRecorded;
import uk.ehcworkflow.query.deadline.DeadlineReader;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.DerivedDifference;
import uk.ehcworkflow.query.readmodel.RangeEntries;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;
import uk.ehcworkflow.query.readmodel.Recording;

/**
 * Builds {@code assessment_timeline}: one document per assessment with every step, due date,
 * advice and the panel decisions that informed it; and {@code case_deadlines}, the open time limits
 * of each case ({@link CaseDeadlines}), for the work tray to read by due date; and
 * {@code advice_requests}, each case's advice requests by agency, for the agencies' lists; and
 * {@code case_child_index}, by which a child is found by name or by birth ({@link ChildIndex}); and
 * {@code family_access}, by which a family member's sign-in finds their cases ({@link FamilyAccess}).
 */
@Component
@ProcessingGroup(AssessmentTimelineProjection.PROCESSOR)
class AssessmentTimelineProjection extends ReadModelProjection {

    static final String PROCESSOR = "assessment-timeline";
    static final String COLLECTION = "assessment_timeline";
    static final String ADVICE_REQUESTS = "advice_requests";
    static final String FAMILY_ACCESS = "family_access";

    private final BatchedDocuments<AssessmentTimeline> timelines;
    private final RangeEntries<OpenTimeLimit> deadlines;
    private final RangeEntries<AdviceRequest> adviceRequests;
    private final RangeEntries<FamilyAccess> familyAccess;
    private final ChildIndex childIndex;
    private final RangeEntries<ChildIndex.Entry> children;

    AssessmentTimelineProjection(ReadModelCollections writing, ChildIndex childIndex) {
        super(writing, PROCESSOR, "Assessment", collections -> new AssessmentTimelineProjection(collections, childIndex),
                COLLECTION, DeadlineReader.Source.CASES.collection(), ADVICE_REQUESTS, ChildIndex.CASES, FAMILY_ACCESS);
        this.timelines = writing.documents(COLLECTION, AssessmentTimeline.class, AssessmentTimelineProjection::caseOf);
        this.deadlines = writing.rangeEntries(DeadlineReader.Source.CASES.collection(), OpenTimeLimit::keys);
        this.adviceRequests = writing.rangeEntries(ADVICE_REQUESTS, AdviceRequest::keys);
        this.familyAccess = writing.rangeEntries(FAMILY_ACCESS, FamilyAccess::keys);
        this.childIndex = childIndex;
        this.children = writing.rangeEntries(ChildIndex.CASES, ChildIndex.Entry::keys);
        writing.collection(COLLECTION).createIndex(Indexes.ascending("reference"));
    }

    /**
     * Shape 2 holds the case reference, the child's sealed details and their erasure (ADR 21); 3 the open
     * deadlines (ADR 36); 4 the child index (ADR 38); 5 each decision's letter to send among the open
     * deadlines (ADR 40); 6 the family's invitations and the sign-in's entries for them (ADR 43); 7 each
     * invitation's sealed address, for the officer's page.
     */
    @Override
    public int shape() {
        return 7;
    }

    @EventHandler
    void on(AssessmentEvent event, Recording recording) {
        timelines.update(event.assessmentId(), AssessmentTimeline::new, timeline -> timeline.apply(event, recording));
        keepDeadlines(event.assessmentId());
        if (event instanceof AssessmentOpened || event instanceof PersonalDataErased) {
            AssessmentTimeline timeline = timelines.get(event.assessmentId());
            children.replace(event.assessmentId(), childIndex.owed(event.assessmentId(), childOf(timeline)));
        }
    }

    /** Shows the panel decisions that informed the case; one per sitting, so a redelivery replaces itself. */
    @EventHandler
    void on(PanelDecisionRecorded event, Recording recording) {
        timelines.update(event.assessmentId(), AssessmentTimeline::new, timeline -> timeline.notePanelDecision(
                new AssessmentTimeline.PanelAdvice(event.panelId(), event.heldOn(), event.decision(), event.rationale(),
                        recording.recordedAt(), recording.recordedBy())));
        keepDeadlines(event.assessmentId());
    }

    /**
     * Worked out again from the case as it stands whenever one of its events is handled, even one the
     * case had already folded in: a batch delivered again after a crash then writes what the case owes.
     */
    private void keepDeadlines(String assessmentId) {
        AssessmentTimeline timeline = timelines.get(assessmentId);
        deadlines.replace(assessmentId, () -> timeline == null ? List.of() : CaseDeadlines.of(timeline));
        adviceRequests.replace(assessmentId, () -> timeline == null ? List.of() : AdviceRequest.of(timeline));
        familyAccess.replace(assessmentId, () -> timeline == null ? List.of() : FamilyAccess.of(timeline));
    }

    /** Each case's open deadlines and advice requests are those its timeline owes. */
    @Override
    public List<DerivedDifference> derivedDifferences(Map<String, Long> eventsAtHead) {
        Set<String> leftOut = new HashSet<>();
        Map<String, AssessmentTimeline> cases = documentsAtHead(COLLECTION, AssessmentTimeline.class, eventsAtHead,
                AssessmentTimeline::assessmentId, timeline -> timeline.lastSequence() + 1, leftOut);
        Predicate<String> judged = id -> !leftOut.contains(id);
        List<DerivedDifference> differences = new ArrayList<>(deadlines.differences(owing(cases, CaseDeadlines::of), judged));
        differences.addAll(adviceRequests.differences(owing(cases, AdviceRequest::of), judged));
        differences.addAll(familyAccess.differences(owing(cases, FamilyAccess::of), judged));
        Map<String, SealedPersonalData> held = new HashMap<>();
        cases.forEach((id, timeline) -> held.put(id, childOf(timeline)));
        differences.addAll(children.differences(childIndex.owedBy(held), judged));
        return differences;
    }

    /** The child's details the case holds, for the index: none once erased. */
    private static SealedPersonalData childOf(AssessmentTimeline timeline) {
        return timeline == null || timeline.personalDataErasedAt().isPresent() ? null : timeline.child();
    }

    /** The case an event updates: its own, or the one a panel decided on. */
    private static Collection<String> caseOf(EventMessage<?> message) {
        if (message.getPayload() instanceof AssessmentEvent event) {
            return List.of(event.assessmentId());
        }
        return message.getPayload() instanceof PanelDecisionRecorded decision ? List.of(decision.assessmentId()) : List.of();
    }
}
