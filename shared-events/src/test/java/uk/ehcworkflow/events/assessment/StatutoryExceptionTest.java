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
    void only_closures_and_absences_from_the_area_must_last_four_weeks() {
        assertThat(StatutoryException.SCHOOL_CLOSURE.needsFourWeeks()).isTrue();
        assertThat(StatutoryException.EARLY_YEARS_CLOSURE.needsFourWeeks()).isTrue();
        assertThat(StatutoryException.ABSENT_FROM_AREA.needsFourWeeks()).isTrue();
        assertThat(StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES.needsFourWeeks()).isFalse();
        assertThat(StatutoryException.MISSED_APPOINTMENT.needsFourWeeks()).isFalse();
    }
}
