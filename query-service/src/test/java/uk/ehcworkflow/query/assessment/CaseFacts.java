package uk.ehcworkflow.query.assessment;

import java.time.Instant;
import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.AdviceRequested;
import uk.ehcworkflow.events.assessment.AdviceSubmitted;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.assessment.AssessmentOpened;
import uk.ehcworkflow.events.assessment.AssessmentReopened;
import uk.ehcworkflow.events.assessment.CaseAssigned;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.ExceptionRecorded;
import uk.ehcworkflow.events.assessment.LetterSent;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.query.readmodel.Recording;

/** Builds made-up assessment histories for read-side specifications. */
public final class CaseFacts {

    private final String id;
    private final LocalDate received;
    private final java.util.List<AssessmentEvent> events = new java.util.ArrayList<>();

    private CaseFacts(String id, LocalDate received) {
        this.id = id;
        this.received = received;
        events.add(new AssessmentOpened(id, received, RequestSource.PARENT, new SealedPersonalData(id, "x"),
                StatutoryCalendar.dueDates(received), null));
    }

    public static CaseFacts received(String id, LocalDate received) {
        return new CaseFacts(id, received);
    }

    /** The child's details, sealed as the request logged them ({@link TestKeyStore#seal}). */
    public CaseFacts child(SealedPersonalData child) {
        AssessmentOpened opened = (AssessmentOpened) events.get(0);
        events.set(0, new AssessmentOpened(id, received, opened.requestSource(), child, opened.due(), opened.inYouthAccommodation()));
        return this;
    }

    public CaseFacts step(Milestone milestone, LocalDate on) {
        events.add(new MilestoneRecorded(id, milestone, on, null));
        return this;
    }

    /** The letter of the step in that place among the steps (from 1) recorded as posted that day. */
    public CaseFacts letterSent(int step, LocalDate sentOn) {
        return letterSent(step, sentOn, LetterChannel.POST, null);
    }

    /** Every letter the steps so far owe, recorded as posted on the day of its decision. */
    public CaseFacts lettersSentOnTheirDays() {
        java.util.List<MilestoneRecorded> steps = events.stream().filter(MilestoneRecorded.class::isInstance)
                .map(MilestoneRecorded.class::cast).toList();
        for (int place = 1; place <= steps.size(); place++) {
            if (Notice.after(steps.get(place - 1).milestone()).isPresent()) {
                letterSent(place, steps.get(place - 1).occurredOn());
            }
        }
        return this;
    }

    public CaseFacts letterSent(int step, LocalDate sentOn, LetterChannel channel, LocalDate servedOn) {
        MilestoneRecorded decision = events.stream().filter(MilestoneRecorded.class::isInstance)
                .map(MilestoneRecorded.class::cast).skip(step - 1L).findFirst().orElseThrow();
        events.add(new LetterSent(id, step, Notice.after(decision.milestone()).orElseThrow(), decision.occurredOn(), sentOn,
                channel, servedOn, "0".repeat(64)));
        return this;
    }

    /** Decision to assess, draft, and a final plan issued {@code days} after the request. */
    public CaseFacts planIssuedAfterDays(int days) {
        return step(Milestone.DECISION_TO_ASSESS, received.plusDays(30))
                .step(Milestone.DRAFT_PLAN_ISSUED, received.plusDays(days - 20))
                .step(Milestone.FINAL_PLAN_ISSUED, received.plusDays(days));
    }

    /** A tribunal order overturning the case's refusal (to assess, or to issue), counted from {@code from}. */
    public CaseFacts reopened(TribunalOrder order, Milestone overturned, LocalDate overturnedOn, LocalDate from) {
        events.add(new AssessmentReopened(id, "dispute-" + id, order, overturned, overturnedOn, from, order.deadlines(from)));
        return this;
    }

    public CaseFacts adviceRequested(String requestId, Agency agency, LocalDate on) {
        events.add(new AdviceRequested(id, requestId, agency, on, StatutoryCalendar.adviceDue(on)));
        return this;
    }

    public CaseFacts adviceSubmitted(String requestId, Agency agency, LocalDate on) {
        events.add(new AdviceSubmitted(id, requestId, agency, on, null));
        return this;
    }

    /** The case put in this officer's caseload, in this team. */
    public CaseFacts heldBy(String officer, String team) {
        events.add(new CaseAssigned(id, new Holder(officer, team)));
        return this;
    }

    /** An exception whose period began ten days after the request and has not ended. */
    public CaseFacts exception(Deadline deadline, StatutoryException reason, String adviceRequestId) {
        return exception(deadline, reason, adviceRequestId, received.plusDays(10), null);
    }

    public CaseFacts exception(Deadline deadline, StatutoryException reason, String adviceRequestId, LocalDate from,
                               LocalDate to) {
        events.add(new ExceptionRecorded(id, deadline, reason, adviceRequestId, from, to, "evidence"));
        return this;
    }

    /** Advice from each of the four agencies every assessment needs (reg 6(1)), requested and given on those days. */
    public CaseFacts allAdvice(LocalDate requested, LocalDate submitted) {
        for (Agency agency : Agency.values()) {
            if (agency.requiredInEveryAssessment()) {
                adviceRequested("all-" + agency, agency, requested).adviceSubmitted("all-" + agency, agency, submitted);
            }
        }
        return this;
    }

    public java.util.List<AssessmentEvent> events() {
        return java.util.List.copyOf(events);
    }

    public AssessmentTimeline record() {
        AssessmentTimeline record = new AssessmentTimeline();
        for (int i = 0; i < events.size(); i++) {
            record.apply(events.get(i), new Recording(i, Instant.parse("2025-01-01T10:00:00Z"), "officer"));
        }
        return record;
    }
}
