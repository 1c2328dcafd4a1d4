package uk.ehcworkflow.events.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.StepDue;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/** Disagreement resolution's time limits (reg 33, 37, 42, 44; Tribunal Procedure Rules r.20, r.21). */
class DisputeCalendarTest {

    @Test
    void two_calendar_months_from_a_letter_on_the_last_day_of_december_end_on_the_last_day_of_february() {
        // 2024-02-29 is a Thursday; 2026-02-28 a Saturday, so the appeal may come on Monday 2 March (r.12(2)).
        assertThat(StatutoryCalendar.appealBy(parse("2023-12-31"), null)).isEqualTo(parse("2024-02-29"));
        assertThat(StatutoryCalendar.appealBy(parse("2025-12-31"), null)).isEqualTo(parse("2026-03-02"));
        assertThat(StatutoryCalendar.mediationAdviceBy(parse("2025-12-31"))).isEqualTo(parse("2026-02-28"));
    }

    @Test
    void a_last_day_in_august_or_from_christmas_to_new_year_moves_to_the_first_working_day_after_it() {
        // r.12(3)(a): letter 2025-06-10, certificate 2025-07-31 -> 2025-08-31, in August -> Monday 1 September.
        assertThat(StatutoryCalendar.appealBy(parse("2025-06-10"), parse("2025-07-31"))).isEqualTo(parse("2025-09-01"));
        // Letter 2025-10-01, certificate 2025-11-29 -> 2025-12-29 -> past 1 January (a bank holiday) to Friday 2 January.
        assertThat(StatutoryCalendar.appealBy(parse("2025-10-01"), parse("2025-11-29"))).isEqualTo(parse("2026-01-02"));
    }

    @Test
    void one_month_from_a_certificate_on_the_thirty_first_of_august_is_the_thirtieth_of_september() {
        assertThat(StatutoryCalendar.appealBy(parse("2025-07-20"), parse("2025-08-31"))).isEqualTo(parse("2025-09-30"));
    }

    @Test
    void the_appeal_deadline_is_the_later_of_two_months_from_the_letter_and_one_from_the_certificate() {
        // A certificate early in the two months leaves the letter's date; a late one moves it on.
        assertThat(StatutoryCalendar.appealBy(parse("2025-03-10"), parse("2025-03-20"))).isEqualTo(parse("2025-05-12"));
        assertThat(StatutoryCalendar.appealBy(parse("2025-03-10"), parse("2025-04-30"))).isEqualTo(parse("2025-05-30"));
        assertThat(StatutoryCalendar.appealBy(parse("2025-03-10"), parse("2025-04-10"))).isEqualTo(parse("2025-05-12"));
    }

    @Test
    void an_order_to_assess_owes_notice_in_two_weeks_then_a_decision_not_to_issue_in_ten_or_the_plan_in_fourteen() {
        assertThat(TribunalOrder.ASSESS.deadlines(parse("2026-01-05"))).containsExactly(
                new StepDue(ComplianceStep.NOTICE_TO_ASSESS, parse("2026-01-19")),
                new StepDue(ComplianceStep.DECISION_NOT_TO_ISSUE, parse("2026-03-16")),
                new StepDue(ComplianceStep.FINAL_PLAN_ISSUED, parse("2026-04-13")));
        assertThat(TribunalOrder.ASSESS.usualStep()).isEqualTo(ComplianceStep.FINAL_PLAN_ISSUED);
    }

    @Test
    void an_order_to_make_a_plan_owes_the_draft_in_five_weeks_and_the_final_in_eleven() {
        assertThat(TribunalOrder.ISSUE_PLAN.deadlines(parse("2026-01-05"))).containsExactly(
                new StepDue(ComplianceStep.DRAFT_PLAN_ISSUED, parse("2026-02-09")),
                new StepDue(ComplianceStep.FINAL_PLAN_ISSUED, parse("2026-03-23")));
    }

    @Test
    void amending_sections_b_and_f_takes_five_weeks_section_i_two_and_maintaining_or_ceasing_is_at_once() {
        assertThat(TribunalOrder.AMEND_SECTIONS_B_F.dueBy(ComplianceStep.AMENDED_PLAN_ISSUED, parse("2026-01-05")))
                .isEqualTo(parse("2026-02-09"));
        assertThat(TribunalOrder.AMEND_SECTION_I.dueBy(ComplianceStep.AMENDED_PLAN_ISSUED, parse("2026-01-05")))
                .isEqualTo(parse("2026-01-19"));
        assertThat(TribunalOrder.CONTINUE_TO_MAINTAIN.dueBy(ComplianceStep.ACTED_ON, parse("2026-01-05")))
                .isEqualTo(parse("2026-01-05"));
        assertThat(TribunalOrder.CEASE.dueBy(ComplianceStep.ACTED_ON, parse("2026-01-05"))).isEqualTo(parse("2026-01-05"));
    }

    @Test
    void a_cessation_appeal_can_end_in_continuing_the_plan_and_amending_it_within_five_weeks() {
        assertThat(AppealableDecision.REVIEW_CEASE.orders()).contains(TribunalOrder.CONTINUE_AND_AMEND);
        assertThat(TribunalOrder.CONTINUE_AND_AMEND.usualStep()).isEqualTo(ComplianceStep.AMENDED_PLAN_ISSUED);
        assertThat(TribunalOrder.CONTINUE_AND_AMEND.dueBy(ComplianceStep.AMENDED_PLAN_ISSUED, parse("2026-01-05")))
                .isEqualTo(parse("2026-02-09"));
    }

    @Test
    void an_agreement_on_other_matters_is_carried_out_within_two_weeks_and_mediation_held_within_thirty_days() {
        assertThat(StatutoryCalendar.agreementDue(parse("2026-01-30"))).isEqualTo(parse("2026-02-13"));
        assertThat(StatutoryCalendar.mediationDue(parse("2026-01-30"))).isEqualTo(parse("2026-03-01"));
    }

    @Test
    void the_response_counts_neither_bank_holidays_nor_august_nor_christmas_to_new_year() {
        // r.21, r.12(3)(b): registered 2025-07-10 -> 15 working days in July, none in August, 15 in September.
        assertThat(StatutoryCalendar.appealResponseDue(parse("2025-07-10"))).isEqualTo(parse("2025-09-19"));
        // Registered 2026-03-02: Good Friday and Easter Monday are not counted.
        assertThat(StatutoryCalendar.appealResponseDue(parse("2026-03-02"))).isEqualTo(parse("2026-04-15"));
    }

    @Test
    void the_response_to_an_appeal_is_due_thirty_working_days_on_weekends_not_counted() {
        // Monday 5 January 2026: six whole working weeks later is Monday 16 February.
        assertThat(StatutoryCalendar.appealResponseDue(parse("2026-01-05"))).isEqualTo(parse("2026-02-16"));
        // A Friday: the next working day is the Monday.
        assertThat(StatutoryCalendar.appealResponseDue(parse("2026-01-09"))).isEqualTo(parse("2026-02-20"));
    }
}
