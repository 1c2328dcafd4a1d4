package uk.ehcworkflow.query.dispute;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.dispute.AppealDecided;
import uk.ehcworkflow.events.dispute.AppealGround;
import uk.ehcworkflow.events.dispute.AppealNotOpposed;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.AppealRegistered;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.events.dispute.DisputeOpened;
import uk.ehcworkflow.events.dispute.MediationCertificateIssued;
import uk.ehcworkflow.events.dispute.MediationOutcome;
import uk.ehcworkflow.events.dispute.OrderComplied;
import uk.ehcworkflow.events.dispute.OrderDue;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.readmodel.Recording;

/** The read side of disputes: each one's state, what is open on a day, a case's appeal rights and the year's figures. */
class DisputeStateTest {

    private static final Period YEAR = new Period(parse("2026-01-01"), parse("2026-12-31"));

    /** One dispute's events, folded as the read model folds them. */
    private static final class Facts {
        private final String id;
        private final String caseId;
        private final LocalDate letter;
        private final List<DisputeEvent> events = new ArrayList<>();

        Facts(String id, AppealableDecision decision, LocalDate letter, LocalDate adviser) {
            this.id = id;
            this.caseId = "case-" + id;
            this.letter = letter;
            events.add(new DisputeOpened(id, caseId, decision, letter, adviser, StatutoryCalendar.mediationAdviceBy(letter),
                    StatutoryCalendar.appealBy(letter, null)));
        }

        Facts certificate(LocalDate on, MediationOutcome outcome) {
            events.add(new MediationCertificateIssued(id, caseId, on, outcome != MediationOutcome.DECLINED, outcome,
                    StatutoryCalendar.appealBy(letter, on)));
            return this;
        }

        Facts appeal(LocalDate on, AppealGround... grounds) {
            events.add(new AppealRegistered(id, caseId, on, List.of(grounds), StatutoryCalendar.appealBy(letter, null),
                    on.isAfter(StatutoryCalendar.appealBy(letter, null)), StatutoryCalendar.appealResponseDue(on)));
            return this;
        }

        Facts notOpposed(LocalDate on) {
            events.add(new AppealNotOpposed(id, caseId, on));
            return this;
        }

        Facts decided(LocalDate on, AppealOutcome outcome, LocalDate from, TribunalOrder... orders) {
            events.add(new AppealDecided(id, caseId, on, outcome, List.of(orders).stream().map(o -> OrderDue.of(o, from)).toList()));
            return this;
        }

        Facts complied(TribunalOrder order, ComplianceStep step, LocalDate on, LocalDate due) {
            events.add(new OrderComplied(id, caseId, order, step, on, due, !on.isAfter(due)));
            return this;
        }

        DisputeTimeline timeline() {
            DisputeTimeline timeline = new DisputeTimeline();
            for (int i = 0; i < events.size(); i++) {
                timeline.apply(events.get(i), new Recording(i, Instant.parse("2026-06-01T10:00:00Z"), "officer"));
            }
            return timeline;
        }

        DisputeState state() {
            return timeline().state();
        }
    }

    /** The acceptance journey's first dispute: refused, mediation not resolved, appealed, conceded, complied late. */
    private static Facts conceded() {
        return new Facts("d1", AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2026-01-05"), parse("2026-01-20"))
                .certificate(parse("2026-02-20"), MediationOutcome.NOT_RESOLVED)
                .appeal(parse("2026-03-10"), AppealGround.REFUSAL_TO_ASSESS)
                .notOpposed(parse("2026-04-01"))
                .decided(parse("2026-04-20"), AppealOutcome.CONCEDED, parse("2026-04-01"), TribunalOrder.ASSESS)
                .complied(TribunalOrder.ASSESS, ComplianceStep.FINAL_PLAN_ISSUED, parse("2026-07-09"), parse("2026-07-08"));
    }

    @Test
    void an_appeal_stored_as_late_under_the_earlier_count_is_in_time_when_its_last_day_was_a_saturday() {
        // Letter 2024-02-20: 2 months end on Saturday 20 April, and the appeal came on Monday 22 April.
        LocalDate letter = parse("2024-02-20");
        LocalDate monday = parse("2024-04-22");
        DisputeTimeline timeline = new DisputeTimeline();
        List<DisputeEvent> stored = List.of(
                new DisputeOpened("d9", "case-d9", AppealableDecision.REVIEW_MAINTAIN, letter, parse("2024-03-01"),
                        parse("2024-04-20"), parse("2024-04-20")),
                new MediationCertificateIssued("d9", "case-d9", parse("2024-03-05"), false, MediationOutcome.DECLINED,
                        parse("2024-04-20")),
                new AppealRegistered("d9", "case-d9", monday, List.of(AppealGround.CEASE), parse("2024-04-20"), true,
                        parse("2024-06-03")));
        for (int i = 0; i < stored.size(); i++) {
            timeline.apply(stored.get(i), new Recording(i, Instant.parse("2024-04-22T09:00:00Z"), "officer"));
        }

        DisputeState state = timeline.state();
        assertThat(state.appealBy()).isEqualTo(monday);
        assertThat(state.appeal().late()).isFalse();
        // 30 working days from 22 April 2024: the early May and spring bank holidays are not counted.
        assertThat(state.appeal().responseDueBy()).isEqualTo(parse("2024-06-05"));
    }

    @Test
    void a_dispute_folds_into_its_stages_dates_and_orders() {
        DisputeState state = conceded().state();

        assertThat(state.appealBy()).isEqualTo(parse("2026-03-20"));
        assertThat(state.stage()).isEqualTo(DisputeState.Stage.DECIDED);
        assertThat(state.appeal().notOpposedOn()).isEqualTo(parse("2026-04-01"));
        assertThat(state.orders()).singleElement().satisfies(order -> {
            assertThat(order.from()).isEqualTo(parse("2026-04-01"));
            assertThat(order.dueBy()).isEqualTo(parse("2026-07-08"));
            assertThat(order.compliedInTime()).isFalse();
        });
        assertThat(state.outstandingOrders()).isEmpty();
    }

    @Test
    void an_order_not_carried_out_is_overdue_the_day_after_its_last_day_and_listed_first() {
        DisputeState ordered = new Facts("d2", AppealableDecision.FINAL_PLAN_ISSUED, parse("2026-02-02"), null)
                .appeal(parse("2026-03-02"), AppealGround.SECTION_I)
                .decided(parse("2026-05-04"), AppealOutcome.UPHELD, parse("2026-05-04"), TribunalOrder.AMEND_SECTION_I).state();
        DisputeState mediating = new Facts("d3", AppealableDecision.DECISION_NOT_TO_ISSUE, parse("2026-05-01"),
                parse("2026-05-10")).state();

        OpenDisputes onTheDay = OpenDisputes.on(parse("2026-05-18"), List.of(ordered, mediating), List.of());
        assertThat(onTheDay.overdue()).isZero();
        OpenDisputes dayAfter = OpenDisputes.on(parse("2026-05-19"), List.of(mediating, ordered), List.of());
        assertThat(dayAfter.overdue()).isEqualTo(1);
        assertThat(dayAfter.items().get(0).kind()).isEqualTo(OpenDisputes.Kind.ORDER);
        assertThat(dayAfter.items()).extracting(OpenDisputes.Item::kind)
                .contains(OpenDisputes.Kind.MEDIATION, OpenDisputes.Kind.APPEAL_WINDOW);
    }

    @Test
    void a_decision_not_yet_disputed_has_its_window_open_for_two_calendar_months() {
        DecisionOnRecord refused = new DecisionOnRecord("case-x", AppealableDecision.DECISION_NOT_TO_ASSESS,
                parse("2025-12-31"), Instant.parse("2026-01-01T09:00:00Z"));

        // 2 months end on Saturday 28 February; the Tribunal takes the appeal on Monday 2 March (r.12(2)).
        assertThat(OpenDisputes.on(parse("2026-03-02"), List.of(), List.of(refused)).items()).singleElement()
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(OpenDisputes.Kind.APPEAL_WINDOW);
                    assertThat(item.dueBy()).isEqualTo(parse("2026-03-02"));
                    assertThat(item.overdue()).isFalse();
                });
        assertThat(OpenDisputes.on(parse("2026-03-03"), List.of(), List.of(refused)).items()).isEmpty();
    }

    @Test
    void a_cases_appeal_rights_take_the_later_deadline_once_a_certificate_is_issued() {
        DisputeState disputed = new Facts("d4", AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2026-06-10"),
                parse("2026-06-15")).certificate(parse("2026-07-31"), MediationOutcome.NOT_RESOLVED).state();
        DecisionLetter refused = new DecisionLetter(AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2026-06-10"));
        DecisionLetter other = new DecisionLetter(AppealableDecision.FINAL_PLAN_ISSUED, parse("2026-05-12"));

        CaseDisputes rights = CaseDisputes.of(List.of(refused, other), List.of(disputed), parse("2026-08-20"));

        assertThat(rights.appealRights()).extracting(CaseDisputes.AppealRight::appealBy)
                .containsExactly(parse("2026-09-01"), parse("2026-07-13")); // August moves to September (r.12(3))
        assertThat(rights.appealRights()).extracting(CaseDisputes.AppealRight::windowOpen).containsExactly(true, false);
        assertThat(rights.appealRights().get(0).mediationAdviceBy()).isEqualTo(parse("2026-08-10"));
        assertThat(rights.disputes()).singleElement().extracting(CaseDisputes.Summary::disputeId).isEqualTo("d4");
    }

    @Test
    void the_figures_give_the_appeal_rate_the_familys_share_mediation_and_orders_in_time() {
        DisputeState dismissed = new Facts("d5", AppealableDecision.DECISION_NOT_TO_ISSUE, parse("2026-02-01"),
                parse("2026-02-03")).certificate(parse("2026-02-10"), MediationOutcome.DECLINED)
                .appeal(parse("2026-03-01"), AppealGround.REFUSAL_TO_ISSUE)
                .decided(parse("2026-06-01"), AppealOutcome.DISMISSED, parse("2026-06-01")).state();
        DisputeState sectionI = new Facts("d6", AppealableDecision.FINAL_PLAN_ISSUED, parse("2026-02-02"), null)
                .appeal(parse("2026-03-02"), AppealGround.SECTION_I)
                .decided(parse("2026-05-04"), AppealOutcome.UPHELD, parse("2026-05-04"), TribunalOrder.AMEND_SECTION_I)
                .complied(TribunalOrder.AMEND_SECTION_I, ComplianceStep.AMENDED_PLAN_ISSUED, parse("2026-05-15"),
                        parse("2026-05-18")).state();
        List<DecisionOnRecord> decisions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            decisions.add(new DecisionOnRecord("c" + i, AppealableDecision.FINAL_PLAN_ISSUED, parse("2026-01-10"),
                    Instant.parse("2026-01-10T10:00:00Z")));
        }

        DisputeFigures figures = DisputeFigures.of(YEAR, decisions, List.of(conceded().state(), dismissed, sectionI),
                parse("2026-11-30"));

        assertThat(figures.appealsRegistered()).isEqualTo(3);
        assertThat(figures.appealRate()).isEqualTo(7.5);
        assertThat(figures.decidedAppeals()).isEqualTo(3);
        assertThat(figures.percentInFamilysFavour()).isEqualTo(66.7);
        assertThat(figures.certificatesByOutcome()).containsEntry(MediationOutcome.NOT_RESOLVED, 1L)
                .containsEntry(MediationOutcome.DECLINED, 1L);
        assertThat(figures.mediationsHeld()).isEqualTo(1);
        assertThat(figures.percentResolvedByMediation()).isEqualTo(0.0);
        assertThat(figures.appealsByGround()).containsEntry(AppealGround.SECTION_I, 1L);
        assertThat(figures.ordersDue()).isEqualTo(2);
        assertThat(figures.percentCompliedInTime()).isEqualTo(50.0);
    }

    @Test
    void a_dispute_as_known_at_an_instant_holds_only_what_was_recorded_by_then() {
        DisputeTimeline timeline = new DisputeTimeline();
        Facts facts = conceded();
        for (int i = 0; i < 3; i++) {
            timeline.apply(facts.events.get(i), new Recording(i, Instant.parse("2026-03-0" + (i + 1) + "T10:00:00Z"), "o"));
        }
        assertThat(timeline.knownAt(Instant.parse("2026-03-02T12:00:00Z")).state().appeal()).isNull();
        assertThat(timeline.knownAt(Instant.parse("2026-03-03T12:00:00Z")).state().appeal()).isNotNull();
    }
}
