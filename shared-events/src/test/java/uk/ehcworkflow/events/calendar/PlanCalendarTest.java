package uk.ehcworkflow.events.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.plan.PhaseTransfer;

/** The plan's time limits after issue (CFA s44; regs 18, 20, 22, 25, 27), counted as DOMAIN.md counts them. */
class PlanCalendarTest {

    @Test
    void the_twelve_months_starting_with_the_issue_end_the_day_before_its_anniversary() {
        assertThat(StatutoryCalendar.reviewDueBy(parse("2024-03-05"))).isEqualTo(parse("2025-03-04"));
        assertThat(StatutoryCalendar.reviewDueBy(parse("2025-02-10"))).isEqualTo(parse("2026-02-09"));
    }

    @Test
    void twelve_months_from_a_leap_day_end_on_the_last_day_of_the_next_february() {
        // CFA s44(1), "the 12 months starting with" the issue; Dodds v Walker: 2025 has no 29 February
        // to end the day before, so the 12 months end with its February (the issue's example).
        assertThat(StatutoryCalendar.reviewDueBy(parse("2024-02-29"))).isEqualTo(parse("2025-02-28"));
        // And the 12 months starting with 1 March 2023 take in 29 February 2024.
        assertThat(StatutoryCalendar.reviewDueBy(parse("2023-03-01"))).isEqualTo(parse("2024-02-29"));
    }

    @Test
    void a_registered_plans_first_review_runs_from_its_last_review_decision_or_else_its_issue() {
        assertThat(StatutoryCalendar.firstReviewDueBy(parse("2022-06-01"), null)).isEqualTo(parse("2023-05-31"));
        assertThat(StatutoryCalendar.firstReviewDueBy(parse("2022-06-01"), parse("2024-09-15"))).isEqualTo(parse("2025-09-14"));
    }

    @Test
    void twelve_months_from_a_month_end_keep_the_month_end() {
        assertThat(StatutoryCalendar.reviewDueBy(parse("2024-01-31"))).isEqualTo(parse("2025-01-30"));
        assertThat(StatutoryCalendar.reviewDueBy(parse("2024-12-31"))).isEqualTo(parse("2025-12-30"));
    }

    @Test
    void the_review_decision_is_due_four_weeks_after_the_meeting() {
        assertThat(StatutoryCalendar.reviewDecisionDue(parse("2025-01-31"))).isEqualTo(parse("2025-02-28"));
        assertThat(StatutoryCalendar.reviewDecisionDue(parse("2024-02-01"))).isEqualTo(parse("2024-02-29"));
    }

    @Test
    void the_amended_plan_is_due_eight_weeks_after_the_notice_so_at_most_twelve_weeks_after_the_meeting() {
        assertThat(StatutoryCalendar.amendedPlanDue(parse("2025-03-03"))).isEqualTo(parse("2025-04-28"));
        assertThat(StatutoryCalendar.amendedPlanDue(StatutoryCalendar.reviewDecisionDue(parse("2025-01-06"))))
                .isEqualTo(parse("2025-01-06").plusWeeks(12));
    }

    @Test
    void a_reassessment_is_decided_within_fifteen_days_and_its_plan_issued_within_fourteen_weeks() {
        assertThat(StatutoryCalendar.reassessmentDecisionDue(parse("2025-02-20"))).isEqualTo(parse("2025-03-07"));
        assertThat(StatutoryCalendar.reassessedPlanDue(parse("2024-11-29"))).isEqualTo(parse("2025-03-07"));
    }

    @Test
    void a_request_on_the_six_month_anniversary_is_no_longer_within_six_months() {
        assertThat(StatutoryCalendar.withinSixMonths(parse("2024-08-31"), parse("2025-02-27"))).isTrue();
        assertThat(StatutoryCalendar.withinSixMonths(parse("2024-08-31"), parse("2025-02-28"))).isFalse();
    }

    @Test
    void the_transfers_amended_plan_is_due_by_fourteenth_february_thirtieth_march_for_post_sixteen_or_five_months_before_a_post_sixteen_move() {
        assertThat(PhaseTransfer.PRIMARY_TO_SECONDARY.amendedPlanDueBy(2026, null)).isEqualTo(parse("2026-02-14"));
        assertThat(PhaseTransfer.EARLY_YEARS_TO_SCHOOL.amendedPlanDueBy(2028, null)).isEqualTo(parse("2028-02-14"));
        assertThat(PhaseTransfer.SECONDARY_TO_POST16.amendedPlanDueBy(2026, null)).isEqualTo(parse("2026-03-30"));
        // reg 18(1)(b): a move between post-16 institutions on 2026-09-01 -> by 2026-04-01.
        assertThat(PhaseTransfer.POST16_TO_POST16.amendedPlanDueBy(2026, parse("2026-09-01"))).isEqualTo(parse("2026-04-01"));
    }

    @Test
    void a_plan_transferred_in_is_reviewed_by_the_later_of_twelve_months_from_its_last_review_and_three_from_the_transfer() {
        // reg 15: last review 2025-02-10, transferred 2026-01-20 -> 2026-04-19 (not 2026-02-09).
        assertThat(StatutoryCalendar.transferredReviewDueBy(parse("2023-05-02"), parse("2025-02-10"), parse("2026-01-20")))
                .isEqualTo(parse("2026-04-19"));
        // A recent review keeps its own 12 months when they end later.
        assertThat(StatutoryCalendar.transferredReviewDueBy(parse("2023-05-02"), parse("2025-12-01"), parse("2026-01-20")))
                .isEqualTo(parse("2026-11-30"));
        assertThat(StatutoryCalendar.transferNoticeDue(parse("2026-01-20"))).isEqualTo(parse("2026-03-03"));
    }
}
