package uk.ehcworkflow.events.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatutoryExceptionTest {

    @Test
    void school_and_early_years_closures_excuse_the_local_authority_deadlines_but_not_an_agencys_advice() {
        assertThat(StatutoryException.SCHOOL_CLOSURE.excuses(Deadline.DECISION)).isTrue();
        assertThat(StatutoryException.SCHOOL_CLOSURE.excuses(Deadline.FINAL_PLAN)).isTrue();
        assertThat(StatutoryException.SCHOOL_CLOSURE.excuses(Deadline.ADVICE)).isFalse();
        assertThat(StatutoryException.EARLY_YEARS_CLOSURE.excuses(Deadline.ADVICE)).isFalse();
    }

    @Test
    void a_missed_appointment_excuses_only_the_agency_that_made_it() {
        assertThat(StatutoryException.MISSED_APPOINTMENT.excuses(Deadline.ADVICE)).isTrue();
        assertThat(StatutoryException.MISSED_APPOINTMENT.excuses(Deadline.DECISION)).isFalse();
        assertThat(StatutoryException.MISSED_APPOINTMENT.excuses(Deadline.FINAL_PLAN)).isFalse();
    }

    @Test
    void exceptional_circumstances_and_absence_from_the_area_excuse_every_deadline() {
        for (Deadline deadline : Deadline.values()) {
            assertThat(StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES.excuses(deadline)).isTrue();
            assertThat(StatutoryException.ABSENT_FROM_AREA.excuses(deadline)).isTrue();
        }
    }

    @Test
    void a_reassessments_fourteen_weeks_take_the_reg_13_3_exceptions_and_no_others() {
        assertThat(StatutoryException.excusing(Deadline.REASSESSED_PLAN)).containsExactly(
                StatutoryException.SCHOOL_CLOSURE, StatutoryException.EARLY_YEARS_CLOSURE,
                StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, StatutoryException.ABSENT_FROM_AREA);
        assertThat(StatutoryException.excusing(Deadline.FINAL_PLAN)).contains(StatutoryException.CORONAVIRUS_2020);
    }

    @Test
    void the_coronavirus_exception_covers_only_deadlines_from_the_first_of_may_to_the_twenty_fifth_of_september_2020() {
        StatutoryException covid = StatutoryException.CORONAVIRUS_2020;

        assertThat(covid.coversDeadlineOn(LocalDate.of(2020, 5, 1))).isTrue();
        assertThat(covid.coversDeadlineOn(LocalDate.of(2020, 9, 25))).isTrue();
        assertThat(covid.coversDeadlineOn(LocalDate.of(2020, 4, 30))).isFalse();
        assertThat(covid.coversDeadlineOn(LocalDate.of(2020, 9, 26))).isFalse();
        assertThat(StatutoryException.ABSENT_FROM_AREA.coversDeadlineOn(LocalDate.of(2024, 1, 1))).isTrue();
    }

    @Test
    void only_closures_and_absences_from_the_area_must_last_four_weeks_and_an_absence_excusing_an_order_two() {
        assertThat(StatutoryException.SCHOOL_CLOSURE.weeksNeededFor(Deadline.FINAL_PLAN)).isEqualTo(4);
        assertThat(StatutoryException.EARLY_YEARS_CLOSURE.weeksNeededFor(Deadline.DECISION)).isEqualTo(4);
        assertThat(StatutoryException.ABSENT_FROM_AREA.weeksNeededFor(Deadline.ADVICE)).isEqualTo(4);
        assertThat(StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES.weeksNeededFor(Deadline.FINAL_PLAN)).isZero();
        assertThat(StatutoryException.MISSED_APPOINTMENT.weeksNeededFor(Deadline.ADVICE)).isZero();
        // reg 44(3): an order is excused by personal circumstances, an absence of 2 weeks, or a missed appointment
        assertThat(StatutoryException.ABSENT_FROM_AREA.weeksNeededFor(Deadline.TRIBUNAL_ORDER)).isEqualTo(2);
        assertThat(StatutoryException.excusing(Deadline.TRIBUNAL_ORDER)).containsExactly(
                StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, StatutoryException.ABSENT_FROM_AREA,
                StatutoryException.MISSED_APPOINTMENT);
    }
}
