package uk.ehcworkflow.query.dispute;

import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.assessment.CaseAssigned;
import uk.ehcworkflow.events.assessment.LetterSent;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.events.dispute.DisputeOpened;
import uk.ehcworkflow.events.plan.PlanAssigned;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.query.deadline.DeadlineReader;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;
import uk.ehcworkflow.query.readmodel.BatchedCounters;
import uk.ehcworkflow.query.readmodel.BatchedDocuments;
import uk.ehcworkflow.query.readmodel.DayCounts;
import uk.ehcworkflow.query.readmodel.DerivedDifference;
import uk.ehcworkflow.query.readmodel.ReadModelCollections;
import uk.ehcworkflow.query.readmodel.RangeEntries;
import uk.ehcworkflow.query.readmodel.ReadModelProjection;
import uk.ehcworkflow.query.readmodel.RecordedCounters;
import uk.ehcworkflow.query.readmodel.Recording;

/**
 * Builds {@code dispute_timeline}, one document per dispute with its events as recorded;
 * {@code appealable_decisions}, one document per appealable decision recorded on an assessment
 * or a plan (by its stream and sequence number, so a redelivery rewrites the same document); and
 * {@code dispute_deadlines}, the open time limits of each dispute, and of each decision nobody has
 * disputed yet ({@code case_decisions} keeps those decisions, and who holds their case or plan); and
 * {@code dispute_figures}, the figures as counters by day and month, with {@code dispute_figures_recorded}
 * the same by when they were recorded ({@link DisputeContribution}).
 */
@Component
@ProcessingGroup(DisputeProjection.PROCESSOR)
class DisputeProjection extends ReadModelProjection {

    static final String PROCESSOR = "disputes";
    static final String COLLECTION = "dispute_timeline";
    static final String DECISIONS = "appealable_decisions";
    static final String CASE_DECISIONS = "case_decisions";
    static final String FIGURES = "dispute_figures";
    static final String FIGURES_RECORDED = "dispute_figures_recorded";
    /** Where a case's or plan's undisputed decisions keep their windows among the disputes' time limits. */
    private static final String WINDOWS = "windows:";

    private final BatchedDocuments<DisputeTimeline> disputes;
    private final BatchedDocuments<DecisionOnRecord> decisions;
    private final BatchedDocuments<CaseDecisions> caseDecisions;
    private final RangeEntries<OpenTimeLimit> deadlines;
    private final BatchedCounters figures;
    private final RecordedCounters recorded;

    /** Decisions are written blind, so a batch has nothing of theirs to load first. */
    DisputeProjection(ReadModelCollections writing) {
        super(writing, PROCESSOR, "Dispute", DisputeProjection::new, COLLECTION, DECISIONS,
                DeadlineReader.Source.DISPUTES.collection(), CASE_DECISIONS, FIGURES, FIGURES_RECORDED);
        this.disputes = writing.documents(COLLECTION, DisputeTimeline.class, DisputeEvent.class, DisputeEvent::disputeId);
        this.decisions = writing.documents(DECISIONS, DecisionOnRecord.class, message -> List.of());
        this.caseDecisions = writing.documents(CASE_DECISIONS, CaseDecisions.class, DisputeProjection::caseOf);
        this.deadlines = writing.rangeEntries(DeadlineReader.Source.DISPUTES.collection(), OpenTimeLimit::keys);
        this.figures = writing.counters(FIGURES);
        this.recorded = writing.recordedCounters(FIGURES_RECORDED);
        writing.collection(COLLECTION).createIndex(Indexes.ascending("caseId"));
        writing.collection(DECISIONS).createIndex(Indexes.ascending("letterOn"));
        writing.collection(DECISIONS).createIndex(Indexes.ascending("caseId"));
    }

    /**
     * Shape 2 adds the open deadlines and the figures' counters (ADR 36, ADR 37); 3 runs a review
     * decision's window from the day its notice went, where its step recorded a later day (ADR 44).
     */
    @Override
    public int shape() {
        return 3;
    }

    /** The figures move once, by what the event changed in the dispute's contribution to them. */
    @EventHandler
    void on(DisputeEvent event, Recording recording, TrackingToken token) {
        disputes.update(event.disputeId(), DisputeTimeline::new, dispute -> {
            Map<LocalDate, Map<String, Long>> before = contribution(dispute);
            if (!dispute.apply(event, recording)) {
                return false;
            }
            DayCounts.file(DayCounts.difference(before, contribution(dispute)), figures, recorded, recording.recordedAt(),
                    position(token));
            return true;
        });
        DisputeTimeline dispute = disputes.get(event.disputeId());
        deadlines.replace(event.disputeId(), () -> dispute.exists() ? dispute.state().openTimeLimits() : List.of());
        if (event instanceof DisputeOpened opened) {
            DecisionLetter letter = new DecisionLetter(opened.decision(), opened.decisionLetterOn());
            windows(opened.caseId(), decided -> decided.disputed(letter, dayOf(recording.recordedAt())));
        }
    }

    /**
     * Each dispute's open deadlines are those its timeline owes. The windows of undisputed decisions
     * change with other aggregates' events, whose counts this read model does not keep, and are left to
     * a rebuild.
     */
    @Override
    public List<DerivedDifference> derivedDifferences(Map<String, Long> eventsAtHead) {
        Set<String> leftOut = new HashSet<>();
        Map<String, DisputeTimeline> atHead = documentsAtHead(COLLECTION, DisputeTimeline.class, eventsAtHead,
                DisputeTimeline::disputeId, dispute -> dispute.lastSequence() + 1, leftOut);
        return deadlines.differences(owing(atHead, dispute -> dispute.state().openTimeLimits()),
                id -> !id.startsWith(WINDOWS) && !leftOut.contains(id));
    }

    @EventHandler
    void on(MilestoneRecorded event, EventMessage<?> message) {
        note(event.assessmentId(), event, message);
    }

    /** A case's undisputed decisions are in the caseload of whoever holds the case. */
    /** A decision's letter recorded as sent moves the family's window, while nobody disputes it, to the day it went. */
    @EventHandler
    void on(LetterSent event, EventMessage<?> message) {
        DecisionLetter.of(event.notice().step(), event.decidedOn()).ifPresent(decided -> windows(event.assessmentId(),
                decisions -> decisions.sent(decided, event.sentOn(), dayOf(message.getTimestamp()))));
    }

    @EventHandler
    void on(CaseAssigned event) {
        windows(event.assessmentId(), decided -> decided.heldBy(event.holder()));
    }

    @EventHandler
    void on(PlanEvent event, EventMessage<?> message) {
        note(event.planId(), event, message);
        if (event instanceof ReviewDecisionNotified decision && !decision.noticeSent().equals(decision.decidedOn())) {
            DecisionLetter.of(decision).ifPresent(decided -> windows(event.planId(),
                    decisions -> decisions.sent(decided, decision.noticeSent(), dayOf(message.getTimestamp()))));
        }
        if (event instanceof PlanAssigned assigned) {
            windows(event.planId(), decided -> decided.heldBy(assigned.holder()));
        }
    }

    private static Map<LocalDate, Map<String, Long>> contribution(DisputeTimeline dispute) {
        return dispute.exists() ? DisputeContribution.of(dispute.state()) : Map.of();
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("event without a position"));
    }

    /** A decision counts once, on its letter's day: the counters' positions keep a redelivery from counting it again. */
    private void note(String caseId, Object event, EventMessage<?> message) {
        DecisionLetter.of(event).ifPresent(letter -> {
            DomainEventMessage<?> domain = (DomainEventMessage<?>) message;
            DecisionOnRecord decision = new DecisionOnRecord(caseId, letter.decision(), letter.letterOn(), message.getTimestamp());
            decisions.put(domain.getAggregateIdentifier() + "#" + domain.getSequenceNumber(), decision);
            DayCounts.file(DisputeContribution.of(decision), figures, recorded, message.getTimestamp(),
                    position(((TrackedEventMessage<?>) message).trackingToken()));
            windows(caseId, decided -> decided.decided(letter, dayOf(message.getTimestamp())));
        });
    }

    /**
     * Changes the case's or plan's undisputed decisions and lists their windows again, whether or not
     * the change was already written (a batch delivered again after a crash writes the same).
     */
    private void windows(String caseId, Predicate<CaseDecisions> change) {
        caseDecisions.update(caseId, () -> new CaseDecisions().of(caseId), change);
        CaseDecisions decided = caseDecisions.get(caseId);
        deadlines.replace(WINDOWS + caseId, decided::openTimeLimits);
    }

    /** The day an event was recorded, as the windows that had lapsed by then are judged (UTC, never later than here). */
    private static LocalDate dayOf(Instant recordedAt) {
        return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
    }

    /** The case or plan whose decisions an event changes, so that a batch loads them in one query. */
    private static Collection<String> caseOf(EventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof DisputeOpened opened) {
            return List.of(opened.caseId());
        } else if (event instanceof CaseAssigned assigned) {
            return List.of(assigned.assessmentId());
        } else if (event instanceof LetterSent sent) {
            return List.of(sent.assessmentId());
        } else if (event instanceof PlanAssigned assigned) {
            return List.of(assigned.planId());
        } else if (event instanceof MilestoneRecorded recorded && DecisionLetter.of(event).isPresent()) {
            return List.of(recorded.assessmentId());
        } else if (event instanceof PlanEvent plan && DecisionLetter.of(event).isPresent()) {
            return List.of(plan.planId());
        }
        return List.of();
    }
}
