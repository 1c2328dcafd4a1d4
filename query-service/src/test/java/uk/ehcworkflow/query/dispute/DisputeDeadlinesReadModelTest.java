package uk.ehcworkflow.query.dispute;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.assessment.CaseAssigned;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.plan.PlanAssigned;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.events.assessment.LetterSent;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.dispute.AppealGround;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.MediationOutcome;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.events.dispute.DisputeAssigned;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.events.dispute.DisputeOpened;
import uk.ehcworkflow.query.deadline.DeadlineKind;
import uk.ehcworkflow.query.deadline.DeadlineReader;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;
import uk.ehcworkflow.query.readmodel.Recording;

@DisplayName("The open deadlines of disputes, and the family's time to appeal a decision nobody has disputed yet")
class DisputeDeadlinesReadModelTest {

    private static final LocalDate LETTER = parse("2026-01-05");
    private static final LocalDate APPEAL_BY = StatutoryCalendar.appealBy(LETTER, null);
    private static final Set<DeadlineReader.Source> DISPUTES = Set.of(DeadlineReader.Source.DISPUTES);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ProjectionHarness harness;
    private DisputeProjection projection;
    private DeadlineReader deadlines;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        harness.recordAt(Instant.parse("2026-01-06T10:00:00Z"));
        projection = new DisputeProjection(harness.collections());
        deadlines = new DeadlineReader(harness.database(), harness.documents());
        harness.append(List.<AssessmentEvent>of(new CaseAssigned("case-a", new Holder("officer", "North")),
                new MilestoneRecorded("case-a", Milestone.DECISION_NOT_TO_ASSESS, LETTER, null, null),
                new CaseAssigned("case-b", new Holder("officer", "North")),
                new MilestoneRecorded("case-b", Milestone.DECISION_NOT_TO_ASSESS, LETTER, null, null)));
        harness.append("Dispute", List.<DisputeEvent>of(
                new DisputeOpened("d-1", "case-b", AppealableDecision.DECISION_NOT_TO_ASSESS, LETTER, LETTER.plusDays(3),
                        StatutoryCalendar.mediationAdviceBy(LETTER), APPEAL_BY),
                new DisputeAssigned("d-1", "case-b", new Holder("officer2", "South"))), DisputeEvent::disputeId);
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private List<OpenTimeLimit> heldBy(String officer, LocalDate today) {
        return deadlines.all(today, DeadlineReader.Scope.caseload(officer, null), DISPUTES);
    }

    @Test
    void a_decision_nobody_disputes_keeps_the_familys_window_in_the_caseload_of_whoever_holds_its_case() {
        harness.deliver(projection, 0, harness.size());

        assertThat(heldBy("officer", parse("2026-01-20")))
                .extracting(OpenTimeLimit::caseId, OpenTimeLimit::disputeId, OpenTimeLimit::kind, OpenTimeLimit::dueOn)
                .containsExactly(tuple("case-a", null, DeadlineKind.APPEAL_WINDOW, APPEAL_BY));
        assertThat(heldBy("officer2", parse("2026-01-20")))
                .extracting(OpenTimeLimit::caseId, OpenTimeLimit::disputeId, OpenTimeLimit::kind)
                .containsExactly(tuple("case-b", "d-1", DeadlineKind.APPEAL_WINDOW));

        harness.append(List.<AssessmentEvent>of(new CaseAssigned("case-a", new Holder("officer2", "South"))));
        harness.deliver(projection, 6, harness.size());
        assertThat(heldBy("officer", parse("2026-01-20"))).isEmpty();
        assertThat(heldBy("officer2", parse("2026-01-20"))).extracting(OpenTimeLimit::caseId)
                .containsExactlyInAnyOrder("case-a", "case-b");
    }

    @Test
    void a_letter_recorded_as_sent_moves_the_window_of_a_decision_nobody_disputes_to_the_day_it_went() {
        LocalDate sentOn = LETTER.plusDays(4);
        harness.append(List.<AssessmentEvent>of(
                new LetterSent("case-a", 1, Notice.DECISION_NOT_TO_ASSESS, LETTER, sentOn, LetterChannel.POST, null, "0".repeat(64)),
                new LetterSent("case-b", 1, Notice.DECISION_NOT_TO_ASSESS, LETTER, sentOn, LetterChannel.POST, null, "0".repeat(64))));
        harness.deliver(projection, 0, harness.size());

        assertThat(heldBy("officer", parse("2026-01-20")))
                .extracting(OpenTimeLimit::caseId, OpenTimeLimit::disputeId, OpenTimeLimit::dueOn)
                .as("case-b's decision was disputed before its letter was recorded: its dispute keeps its window")
                .containsExactly(tuple("case-a", null, StatutoryCalendar.appealBy(sentOn, null)));
    }

    @Test
    void a_review_decision_whose_notice_went_later_than_decided_opens_the_familys_window_from_the_notices_day() {
        LocalDate noticeSent = LETTER.plusDays(7);
        harness.append("Plan", List.<PlanEvent>of(new PlanAssigned("plan-c", new Holder("officer3", "East")),
                new ReviewDecisionNotified("plan-c", ReviewDecision.MAINTAIN, LETTER, LETTER.minusDays(10), LETTER.plusDays(18),
                        LETTER.plusYears(1), null, noticeSent)), PlanEvent::planId);
        harness.deliver(projection, 0, harness.size());

        assertThat(heldBy("officer3", parse("2026-01-20")))
                .extracting(OpenTimeLimit::caseId, OpenTimeLimit::dueOn)
                .containsExactly(tuple("plan-c", StatutoryCalendar.appealBy(noticeSent, null)));
    }

    @Test
    void a_window_is_shown_until_its_last_day_and_then_never_read_again() {
        harness.deliver(projection, 0, harness.size());

        assertThat(deadlines.all(APPEAL_BY, DeadlineReader.Scope.EVERYONE, DISPUTES)).hasSize(2);
        assertThat(deadlines.all(APPEAL_BY.plusDays(1), DeadlineReader.Scope.EVERYONE, DISPUTES)).isEmpty();

        // recorded after the window closed, a later decision's event leaves the closed one out of the case's decisions
        harness.recordAt(APPEAL_BY.plusDays(2).atStartOfDay(LONDON).toInstant());
        harness.append(List.<AssessmentEvent>of(new MilestoneRecorded("case-a", Milestone.DECISION_NOT_TO_ASSESS,
                APPEAL_BY.plusDays(1), null, null)));
        harness.deliver(projection, 6, harness.size());
        assertThat(harness.database().getCollection(DeadlineReader.Source.DISPUTES.collection()).countDocuments())
                .as("the later window under its three ids and the case's list, with the dispute's window and its list")
                .isEqualTo(4 + 4);
    }

    @Test
    void todays_open_list_read_from_the_open_deadlines_is_the_one_judged_from_every_dispute_and_decision() {
        harness.deliver(projection, 0, harness.size());
        LocalDate today = parse("2026-01-20");

        OpenDisputes fromDeadlines = readerOn(today).openOn(today);
        OpenDisputes fromEveryDispute = readerOn(today.plusDays(1)).openOn(today);

        assertThat(fromDeadlines.items()).extracting(OpenDisputes.Item::kind, OpenDisputes.Item::disputeId,
                        OpenDisputes.Item::caseId, OpenDisputes.Item::dueBy, OpenDisputes.Item::overdue)
                .containsExactlyElementsOf(fromEveryDispute.items().stream().map(item -> tuple(item.kind(), item.disputeId(),
                        item.caseId(), item.dueBy(), item.overdue())).toList());
        assertThat(fromDeadlines.items()).hasSize(2);
    }

    @Test
    void the_figures_read_from_their_counters_are_those_counted_from_every_dispute_now_as_known_before_and_on_any_day() {
        Instant before = Instant.parse("2026-06-01T00:00:00Z");
        harness.recordAt(before.minusSeconds(60));
        harness.append("Dispute", new DisputeStateTest.Facts("d-2", AppealableDecision.FINAL_PLAN_ISSUED, parse("2026-01-12"),
                parse("2026-01-20")).certificate(parse("2026-02-20"), MediationOutcome.RESOLVED)
                .appeal(parse("2026-03-02"), AppealGround.SECTION_I, AppealGround.SECTION_F)
                .decided(parse("2026-04-20"), AppealOutcome.CONCEDED, TribunalOrder.ASSESS).events(), DisputeEvent::disputeId);
        harness.recordAt(before.plusSeconds(60));
        harness.append("Dispute", new DisputeStateTest.Facts("d-3", AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2026-02-02"),
                null).appeal(parse("2026-02-10"), AppealGround.REFUSAL_TO_ASSESS)
                .decided(parse("2026-05-04"), AppealOutcome.UPHELD, TribunalOrder.ASSESS).events(), DisputeEvent::disputeId);
        harness.deliver(projection, 0, 4);
        harness.deliver(projection, 0, harness.size());
        harness.deliver(projection, 6, harness.size());

        List<DecisionOnRecord> decisions = List.of(new DecisionOnRecord("case-a", AppealableDecision.DECISION_NOT_TO_ASSESS,
                LETTER, Instant.EPOCH), new DecisionOnRecord("case-b", AppealableDecision.DECISION_NOT_TO_ASSESS, LETTER,
                Instant.EPOCH));
        Period year = new Period(parse("2026-01-01"), parse("2026-12-31"));
        for (LocalDate today : List.of(parse("2026-05-05"), parse("2026-06-15"), parse("2026-08-01"), parse("2027-01-10"))) {
            assertThat(readerOn(today).figures(year, null)).as("read on %s", today)
                    .isEqualTo(DisputeFigures.of(year, decisions, states(harness.events(DisputeEvent.class)), today));
        }
        List<DisputeEvent> recordedBefore = harness.events(DisputeEvent.class).stream()
                .filter(event -> !event.disputeId().equals("d-3")).toList();
        assertThat(readerOn(parse("2026-12-01")).figures(year, before))
                .isEqualTo(DisputeFigures.of(year, decisions, states(recordedBefore), parse("2026-06-01")));
        assertThat(readerOn(parse("2026-08-01")).figures(year, null).appealsRegistered()).isEqualTo(2);
        // the two orders to assess, neither carried out, due 27 July and 10 August: each counts once its day has passed
        assertThat(List.of(parse("2026-05-05"), parse("2026-08-01"), parse("2026-08-11")))
                .extracting(today -> readerOn(today).figures(year, null).ordersDue()).containsExactly(0L, 1L, 2L);
    }

    /** Every dispute as these events leave it, counted from scratch. */
    private static List<DisputeState> states(List<DisputeEvent> events) {
        java.util.Map<String, DisputeTimeline> disputes = new java.util.LinkedHashMap<>();
        for (DisputeEvent event : events) {
            DisputeTimeline dispute = disputes.computeIfAbsent(event.disputeId(), id -> new DisputeTimeline());
            dispute.apply(event, new Recording(dispute.lastSequence() + 1, Instant.EPOCH, "officer"));
        }
        return disputes.values().stream().map(DisputeTimeline::state).toList();
    }

    private DisputeReader readerOn(LocalDate today) {
        return new DisputeReader(harness.database(), harness.documents(), null, deadlines,
                Clock.fixed(today.atStartOfDay(LONDON).toInstant(), LONDON));
    }
}
