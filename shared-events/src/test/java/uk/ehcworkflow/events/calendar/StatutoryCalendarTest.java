package uk.ehcworkflow.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;
import uk.ehcworkflow.events.letter.LetterChannel;

class StatutoryCalendarTest {

    @Test
    void a_step_on_the_day_a_limit_falls_is_in_time_and_the_day_after_is_late() {
        LocalDate due = LocalDate.of(2024, 7, 15);

        assertThat(StatutoryCalendar.inTime(due.minusDays(1), due)).isTrue();
        assertThat(StatutoryCalendar.inTime(due, due)).isTrue();
        assertThat(StatutoryCalendar.inTime(due.plusDays(1), due)).isFalse();
    }

    @Test
    void a_step_not_yet_taken_is_overdue_from_the_day_after_its_limit_not_on_the_day_itself() {
        LocalDate due = LocalDate.of(2024, 7, 15);

        assertThat(StatutoryCalendar.overdueOn(due, due.minusDays(1))).isFalse();
        assertThat(StatutoryCalendar.overdueOn(due, due)).isFalse();
        assertThat(StatutoryCalendar.overdueOn(due, due.plusDays(1))).isTrue();
    }

    @Test
    void a_decision_is_notified_by_the_fifth_working_day_after_it_weekends_and_bank_holidays_not_counted() {
        assertThat(StatutoryCalendar.noticeDue(LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(StatutoryCalendar.noticeDue(LocalDate.of(2026, 3, 7))).isEqualTo(LocalDate.of(2026, 3, 13));
        // Good Friday 3 April and Easter Monday 6 April 2026
        assertThat(StatutoryCalendar.noticeDue(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void a_letter_is_served_the_day_recorded_else_by_hand_or_email_the_working_day_it_went_and_by_post_two_working_days_on() {
        LocalDate friday = LocalDate.of(2026, 9, 4);
        LocalDate saturday = LocalDate.of(2026, 9, 5);

        assertThat(StatutoryCalendar.servedOn(friday, LetterChannel.POST, LocalDate.of(2026, 9, 7))).isEqualTo("2026-09-07");
        assertThat(StatutoryCalendar.servedOn(friday, LetterChannel.POST, null)).isEqualTo("2026-09-08");
        assertThat(StatutoryCalendar.servedOn(friday, LetterChannel.EMAIL, null)).isEqualTo(friday);
        assertThat(StatutoryCalendar.servedOn(saturday, LetterChannel.BY_HAND, null)).isEqualTo("2026-09-07");
        // Christmas Day 2026 is a Friday and Boxing Day a Saturday, with Monday 28 December its substitute
        assertThat(StatutoryCalendar.servedOn(LocalDate.of(2026, 12, 24), LetterChannel.POST, null)).isEqualTo("2026-12-30");
        assertThat(StatutoryCalendar.earliestFinalPlan(StatutoryCalendar.servedOn(friday, LetterChannel.POST, null)))
                .isEqualTo("2026-09-23");
    }

    @Test
    void deadlines_of_n_weeks_fall_on_the_request_date_plus_seven_n_days() {
        StatutoryDueDates due = StatutoryCalendar.dueDates(LocalDate.of(2024, 6, 3));

        assertThat(due.decision()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(due.notToIssue()).isEqualTo(LocalDate.of(2024, 9, 23));
        assertThat(due.finalPlan()).isEqualTo(LocalDate.of(2024, 10, 21));
    }

    @Test
    void a_twenty_week_clock_crossing_the_29th_of_february_of_a_leap_year_counts_that_day() {
        StatutoryDueDates due = StatutoryCalendar.dueDates(LocalDate.of(2024, 1, 31));

        assertThat(due.decision()).isEqualTo(LocalDate.of(2024, 3, 13));
        assertThat(due.finalPlan()).isEqualTo(LocalDate.of(2024, 6, 19));
    }

    @Test
    void the_same_clock_in_a_common_year_ends_a_day_later_in_the_calendar() {
        assertThat(StatutoryCalendar.dueDates(LocalDate.of(2023, 1, 31)).decision())
                .isEqualTo(LocalDate.of(2023, 3, 14));
    }

    @Test
    void a_request_received_at_a_month_end_is_due_on_a_day_count_not_on_a_month_end() {
        assertThat(StatutoryCalendar.dueDates(LocalDate.of(2023, 10, 31)).finalPlan())
                .isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(StatutoryCalendar.dueDates(LocalDate.of(2023, 12, 29)).decision())
                .isEqualTo(LocalDate.of(2024, 2, 9));
    }

    @Test
    void advice_is_due_six_weeks_after_the_agency_received_the_request() {
        assertThat(StatutoryCalendar.adviceDue(LocalDate.of(2024, 2, 20))).isEqualTo(LocalDate.of(2024, 4, 2));
    }

    @Test
    void fifteen_days_beginning_with_the_day_the_draft_is_served_end_fourteen_days_later_so_the_final_plan_comes_on_the_fifteenth() {
        assertThat(StatutoryCalendar.earliestFinalPlan(LocalDate.of(2024, 8, 1))).isEqualTo(LocalDate.of(2024, 8, 16));
        assertThat(StatutoryCalendar.earliestFinalPlan(LocalDate.of(2024, 2, 20))).isEqualTo(LocalDate.of(2024, 3, 6));
    }

    @Test
    void four_weeks_or_more_means_twenty_eight_days_counting_both_the_first_and_the_last() {
        assertThat(StatutoryCalendar.lastsWeeks(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 28), 4)).isTrue();
        assertThat(StatutoryCalendar.lastsWeeks(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 27), 4)).isFalse();
        assertThat(StatutoryCalendar.lastsWeeks(LocalDate.of(2024, 7, 1), null, 4)).isTrue();
        assertThat(StatutoryCalendar.lastsWeeks(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 14), 2)).isTrue();
    }

    @Test
    void a_final_plan_issued_on_the_last_day_of_week_twenty_is_on_time_and_a_day_later_is_not() {
        LocalDate received = LocalDate.of(2024, 6, 3);

        assertThat(StatutoryCalendar.withinWeeks(received, LocalDate.of(2024, 10, 21), 20)).isTrue();
        assertThat(StatutoryCalendar.withinWeeks(received, LocalDate.of(2024, 10, 22), 20)).isFalse();
    }

    @Test
    void days_between_counts_whole_calendar_days() {
        assertThat(StatutoryCalendar.daysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31))).isEqualTo(366);
    }
}
