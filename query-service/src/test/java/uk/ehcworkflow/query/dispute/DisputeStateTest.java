package uk.ehcworkflow.query.dispute;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.dispute.AppealDecided;
import uk.ehcworkflow.events.dispute.AppealGround;
import uk.ehcworkflow.events.dispute.AppealNotOpposed;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.AppealRegistered;
import uk.ehcworkflow.events.dispute.AppealResponseDueStated;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.events.dispute.DisputeOpened;
import uk.ehcworkflow.events.dispute.MediationCertificateIssued;
import uk.ehcworkflow.events.dispute.MediationOutcome;
import uk.ehcworkflow.events.dispute.MediationRequested;
import uk.ehcworkflow.events.dispute.OrderComplied;
import uk.ehcworkflow.events.dispute.OrderDue;
import uk.ehcworkflow.events.dispute.OrderExceptionRecorded;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.readmodel.Recording;

/** The read side of disputes: each one's state, what is open on a day, a case's appeal rights and the year's figures. */
class DisputeStateTest {

    private static final Period YEAR = new Period(parse("2026-01-01"), parse("2026-12-31"));

    /** One dispute's events, folded as the read model folds them. */
    /** Builds a made-up dispute's history. */
    static final class Facts {
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
            return appeal(on, on, grounds);
        }

        Facts appeal(LocalDate receivedOn, LocalDate registeredOn, AppealGround... grounds) {
            events.add(new AppealRegistered(id, caseId, registeredOn, List.of(grounds), StatutoryCalendar.appealBy(letter, null),
                    receivedOn.isAfter(StatutoryCalendar.appealBy(letter, null)),
                    StatutoryCalendar.appealResponseDue(registeredOn), receivedOn));
            return this;
        }

        Facts mediationRequested(LocalDate on) {
            events.add(new MediationRequested(id, caseId, on));
            return this;
        }

        Facts responseDue(LocalDate on) {
            events.add(new AppealResponseDueStated(id, caseId, on));
            return this;
        }

        Facts notOpposed(LocalDate on) {
            events.add(new AppealNotOpposed(id, caseId, on));
            return this;
        }

        Facts decided(LocalDate on, AppealOutcome outcome, TribunalOrder... orders) {
            return decided(on, on, outcome, orders);
        }

        /** As stored: what the orders owe is counted again on reading, so the dates stored beside them do not matter. */
        Facts decided(LocalDate on, LocalDate sentOn, AppealOutcome outcome, TribunalOrder... orders) {
            events.add(new AppealDecided(id, caseId, on, outcome, OrderDue.of(List.of(orders), on), sentOn));
            return this;
        }

        Facts complied(TribunalOrder order, ComplianceStep step, LocalDate on, LocalDate due) {
            events.add(new OrderComplied(id, caseId, order, step, on, due, !on.isAfter(due)));
            return this;
        }

        List<DisputeEvent> events() {
            return List.copyOf(events);
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
                .decided(parse("2026-04-20"), AppealOutcome.CONCEDED, TribunalOrder.ASSESS)
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
                // stored before receipt was recorded apart: its registration is taken as its receipt
                new AppealRegistered("d9", "case-d9", monday, List.of(AppealGround.CEASE), parse("2024-04-20"), true,
                        parse("2024-06-03"), null));
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
                .decided(parse("2026-05-04"), AppealOutcome.UPHELD, TribunalOrder.AMEND_SECTION_I).state();
        DisputeState mediating = new Facts("d3", AppealableDecision.DECISION_NOT_TO_ISSUE, parse("2026-05-01"),
                parse("2026-05-10")).mediationRequested(parse("2026-05-12")).state();

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

        CaseDisputes rights = CaseDisputes.of(List.of(refused, other), null, List.of(disputed), parse("2026-08-20"));

        assertThat(rights.appealRights()).extracting(CaseDisputes.AppealRight::appealBy)
                .containsExactly(parse("2026-09-01"), parse("2026-07-13")); // August moves to September (r.12(3))
        assertThat(rights.appealRights()).extracting(CaseDisputes.AppealRight::windowOpen).containsExactly(true, false);
        assertThat(rights.appealRights().get(0).mediationAdviceBy()).isEqualTo(parse("2026-08-10"));
        assertThat(rights.disputes()).singleElement().extracting(CaseDisputes.Summary::disputeId).isEqualTo("d4");
    }

    @Test
    void a_letter_recorded_as_sent_moves_the_familys_clocks_to_its_day_and_a_dispute_opened_before_is_still_its() {
        DecisionLetter refused = new DecisionLetter(AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2026-06-10"));
        DecisionLetter notIssued = new DecisionLetter(AppealableDecision.DECISION_NOT_TO_ISSUE, parse("2026-05-04"));
        DisputeState openedOnTheDecisionsDay = new Facts("d7", AppealableDecision.DECISION_NOT_TO_ISSUE, parse("2026-05-04"),
                parse("2026-05-20")).state();

        CaseDisputes rights = CaseDisputes.of(List.of(refused, notIssued),
                Map.of(refused, parse("2026-06-15"), notIssued, parse("2026-05-06")), List.of(openedOnTheDecisionsDay),
                parse("2026-06-20"));

        CaseDisputes.AppealRight sent = rights.appealRights().get(0);
        assertThat(sent.letterOn()).isEqualTo(parse("2026-06-15"));
        assertThat(sent.letterRecorded()).isTrue();
        assertThat(sent.mediationAdviceBy()).isEqualTo(parse("2026-08-15"));
        assertThat(sent.appealBy()).isEqualTo(parse("2026-09-01")); // 15 August is in the Tribunal's August (r.12(3))
        assertThat(rights.appealRights().get(1).disputeId()).isEqualTo("d7");
        assertThat(rights.disputes()).singleElement().extracting(CaseDisputes.Summary::disputeId).isEqualTo("d7");
        assertThat(CaseDisputes.of(List.of(refused), Map.of(), List.of(), parse("2026-06-20")).appealRights().get(0))
                .satisfies(unsent -> {
                    assertThat(unsent.letterOn()).isEqualTo(parse("2026-06-10"));
                    assertThat(unsent.letterRecorded()).isFalse();
                });
    }

    @Test
    void the_figures_give_the_appeal_rate_the_familys_share_mediation_and_orders_in_time() {
        DisputeState dismissed = new Facts("d5", AppealableDecision.DECISION_NOT_TO_ISSUE, parse("2026-02-01"),
                parse("2026-02-03")).certificate(parse("2026-02-10"), MediationOutcome.DECLINED)
                .appeal(parse("2026-03-01"), AppealGround.REFUSAL_TO_ISSUE)
                .decided(parse("2026-06-01"), AppealOutcome.DISMISSED).state();
        DisputeState sectionI = new Facts("d6", AppealableDecision.FINAL_PLAN_ISSUED, parse("2026-02-02"), null)
                .appeal(parse("2026-03-02"), AppealGround.SECTION_I)
                .decided(parse("2026-05-04"), AppealOutcome.UPHELD, TribunalOrder.AMEND_SECTION_I)
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
        assertThat(figures.decidedAppeals()).isEqualTo(2);
        assertThat(figures.percentInFamilysFavour()).isEqualTo(50.0);
        assertThat(figures.appealsConceded()).isEqualTo(1);
        assertThat(figures.certificatesByOutcome()).containsEntry(MediationOutcome.NOT_RESOLVED, 1L)
                .containsEntry(MediationOutcome.DECLINED, 1L);
        assertThat(figures.mediationsHeld()).isEqualTo(1);
        assertThat(figures.percentResolvedByMediation()).isEqualTo(0.0);
        assertThat(figures.appealsByGround()).containsEntry(AppealGround.SECTION_I, 1L);
        assertThat(figures.ordersDue()).isEqualTo(2);
        assertThat(figures.percentCompliedInTime()).isEqualTo(50.0);
    }

    @Test
    void lateness_is_judged_on_the_day_the_tribunal_received_the_appeal_not_the_day_it_registered_it() {
        // r.20: letter 2025-06-10, certificate 2025-07-31 -> last day 2025-09-01; received that day, registered 4 days on.
        DisputeState state = new Facts("r1", AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2025-06-10"),
                parse("2025-06-20")).certificate(parse("2025-07-31"), MediationOutcome.NOT_RESOLVED)
                .appeal(parse("2025-09-01"), parse("2025-09-05"), AppealGround.REFUSAL_TO_ASSESS).state();

        assertThat(state.appeal().appealBy()).isEqualTo(parse("2025-09-01"));
        assertThat(state.appeal().late()).isFalse();
        assertThat(state.appeal().receivedOn()).isEqualTo(parse("2025-09-01"));
        assertThat(state.appeal().registeredOn()).isEqualTo(parse("2025-09-05"));
    }

    @Test
    void the_response_is_due_thirty_working_days_after_registration_unless_the_tribunal_stated_a_day() {
        // r.21, r.12(3)(b): registered 2025-07-10; August is not counted -> 2025-09-19.
        Facts registered = new Facts("r2", AppealableDecision.FINAL_PLAN_ISSUED, parse("2025-06-02"), null)
                .appeal(parse("2025-07-10"), AppealGround.SECTION_I);
        assertThat(registered.state().appeal().responseDueBy()).isEqualTo(parse("2025-09-19"));

        assertThat(registered.responseDue(parse("2025-09-26")).state().appeal().responseDueBy())
                .isEqualTo(parse("2025-09-26"));
    }

    @Test
    void a_concession_after_the_response_was_due_leaves_the_orders_to_run_from_the_day_the_order_was_sent() {
        // reg 45 only before the response: registered 2026-03-02, response due 2026-04-15 (Easter not counted),
        // conceded 2026-06-01, order of 2026-06-12 to amend B and F -> due 2026-07-17, not 2026-07-06.
        DisputeState state = new Facts("r3", AppealableDecision.FINAL_PLAN_ISSUED, parse("2026-01-05"), parse("2026-01-10"))
                .certificate(parse("2026-02-02"), MediationOutcome.DECLINED)
                .appeal(parse("2026-03-02"), AppealGround.SECTION_B, AppealGround.SECTION_F)
                .notOpposed(parse("2026-06-01"))
                .decided(parse("2026-06-12"), AppealOutcome.CONCEDED, TribunalOrder.AMEND_SECTIONS_B_F).state();

        assertThat(state.appeal().responseDueBy()).isEqualTo(parse("2026-04-15"));
        assertThat(state.orders()).singleElement().satisfies(order -> {
            assertThat(order.from()).isEqualTo(parse("2026-06-12"));
            assertThat(order.dueBy()).isEqualTo(parse("2026-07-17"));
        });
    }

    @Test
    void orders_run_from_the_day_the_decision_was_sent() {
        // reg 44: decided 2026-05-04, sent 2026-05-08: section I alone within 2 weeks of sending -> 2026-05-22.
        DisputeState state = new Facts("r4", AppealableDecision.FINAL_PLAN_ISSUED, parse("2026-02-02"), null)
                .appeal(parse("2026-03-02"), AppealGround.SECTION_I)
                .decided(parse("2026-05-04"), parse("2026-05-08"), AppealOutcome.UPHELD, TribunalOrder.AMEND_SECTION_I)
                .state();

        assertThat(state.appeal().sentOn()).isEqualTo(parse("2026-05-08"));
        assertThat(state.orders()).singleElement().extracting(DisputeState.Order::dueBy).isEqualTo(parse("2026-05-22"));
    }

    @Test
    void orders_to_amend_sections_b_f_and_i_together_owe_one_amended_plan_in_five_weeks() {
        // reg 44(2): orders of 2026-01-05 on B, F and I -> one due date, 2026-02-09; a plan on 2026-02-02 is in time.
        DisputeState state = new Facts("r5", AppealableDecision.FINAL_PLAN_ISSUED, parse("2025-09-01"), parse("2025-09-05"))
                .certificate(parse("2025-09-20"), MediationOutcome.NOT_RESOLVED)
                .appeal(parse("2025-10-01"), AppealGround.SECTION_B, AppealGround.SECTION_F, AppealGround.SECTION_I)
                .decided(parse("2026-01-05"), AppealOutcome.UPHELD, TribunalOrder.AMEND_SECTIONS_B_F,
                        TribunalOrder.AMEND_SECTION_I)
                .complied(TribunalOrder.AMEND_SECTION_I, ComplianceStep.AMENDED_PLAN_ISSUED, parse("2026-02-02"),
                        parse("2026-01-19")).state();

        assertThat(state.orders()).extracting(DisputeState.Order::dueBy)
                .containsExactly(parse("2026-02-09"), parse("2026-02-09"));
        assertThat(state.orders().get(1).compliedInTime()).isTrue();
    }

    @Test
    void an_order_whose_time_limit_an_exception_excuses_is_not_overdue_and_counts_apart() {
        // reg 44(3): section I ordered 2026-05-04, due 2026-05-18; the family away 2026-05-05 to 2026-05-25.
        Facts facts = new Facts("r7", AppealableDecision.FINAL_PLAN_ISSUED, parse("2026-02-02"), null)
                .appeal(parse("2026-03-02"), AppealGround.SECTION_I)
                .decided(parse("2026-05-04"), AppealOutcome.UPHELD, TribunalOrder.AMEND_SECTION_I);
        facts.events.add(new OrderExceptionRecorded("r7", "case-r7", TribunalOrder.AMEND_SECTION_I,
                StatutoryException.ABSENT_FROM_AREA, parse("2026-05-05"), parse("2026-05-25"), "abroad"));
        DisputeState state = facts.state();

        assertThat(state.orders().get(0).exceptionApplies()).isTrue();
        assertThat(state.orders().get(0).overdueOn(parse("2026-06-01"))).isFalse();
        DisputeFigures figures = DisputeFigures.of(YEAR, List.of(), List.of(state), parse("2026-06-01"));
        assertThat(figures.ordersExcused()).isEqualTo(1);
        assertThat(figures.ordersDue()).isZero();
    }

    @Test
    void the_thirty_days_to_arrange_mediation_run_from_the_family_asking_for_it_and_nothing_is_owed_before() {
        // reg 37: adviser contacted 2026-02-02, authority told 2026-02-13 -> mediation due by 2026-03-15.
        Facts contacted = new Facts("r6", AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2026-01-26"),
                parse("2026-02-02"));
        assertThat(contacted.state().mediationDueBy()).isNull();
        assertThat(OpenDisputes.itemsOf(contacted.state(), parse("2026-03-05")))
                .extracting(OpenDisputes.Item::kind).doesNotContain(OpenDisputes.Kind.MEDIATION);

        DisputeState asked = contacted.mediationRequested(parse("2026-02-13")).state();
        assertThat(asked.mediationDueBy()).isEqualTo(parse("2026-03-15"));
        assertThat(OpenDisputes.itemsOf(asked, parse("2026-03-05"))).noneMatch(OpenDisputes.Item::overdue);
        assertThat(OpenDisputes.itemsOf(asked, parse("2026-03-16"))).filteredOn(OpenDisputes.Item::overdue)
                .extracting(OpenDisputes.Item::kind).containsExactly(OpenDisputes.Kind.MEDIATION);
    }

    @Test
    void the_familys_share_counts_only_appeals_the_tribunal_decided_and_concessions_stand_on_their_own_line() {
        // 10 upheld, 1 dismissed, 9 conceded -> 10 of 11 decided = 90.9%.
        List<DisputeState> disputes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            AppealOutcome outcome = i < 10 ? AppealOutcome.UPHELD : i == 10 ? AppealOutcome.DISMISSED : AppealOutcome.CONCEDED;
            disputes.add(new Facts("f" + i, AppealableDecision.FINAL_PLAN_ISSUED, parse("2026-01-05"), null)
                    .appeal(parse("2026-02-02"), AppealGround.SECTION_I).decided(parse("2026-05-04"), outcome).state());
        }

        DisputeFigures figures = DisputeFigures.of(YEAR, List.of(), disputes, parse("2026-11-30"));

        assertThat(figures.decidedAppeals()).isEqualTo(11);
        assertThat(figures.percentInFamilysFavour()).isEqualTo(90.9);
        assertThat(figures.appealsConceded()).isEqualTo(9);
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
