package uk.ehcworkflow.events.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcworkflow.events.assessment.PermittedExceptions.flaw;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("reg 5(4), 8(2), 10(4), 13(3); SI 2020/471: when a recorded exception excuses a deadline")
class PermittedExceptionsTest {

    private static final LocalDate DECISION_DUE = LocalDate.of(2024, 7, 15);

    @Test
    void an_exception_excuses_a_deadline_only_if_its_period_began_on_or_before_it() {
        assertThat(flaw(StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, Deadline.DECISION, DECISION_DUE,
                DECISION_DUE, null)).isEmpty();
        assertThat(flaw(StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, Deadline.DECISION, DECISION_DUE,
                DECISION_DUE.plusDays(1), null)).contains(PermittedExceptions.Flaw.AFTER_DEADLINE);
    }

    @Test
    void a_period_may_begin_before_the_request_an_absence_often_does() {
        assertThat(flaw(StatutoryException.ABSENT_FROM_AREA, Deadline.DECISION, DECISION_DUE,
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30))).isEmpty();
    }

    @Test
    void closures_and_absences_of_less_than_four_weeks_do_not_excuse_and_open_ended_ones_do() {
        LocalDate from = LocalDate.of(2024, 6, 10);
        for (StatutoryException reason : new StatutoryException[] {StatutoryException.SCHOOL_CLOSURE,
                StatutoryException.EARLY_YEARS_CLOSURE, StatutoryException.ABSENT_FROM_AREA}) {
            assertThat(flaw(reason, Deadline.DECISION, DECISION_DUE, from, from.plusDays(26)))
                    .as(reason.name()).contains(PermittedExceptions.Flaw.TOO_SHORT);
            assertThat(flaw(reason, Deadline.DECISION, DECISION_DUE, from, from.plusDays(27))).as(reason.name()).isEmpty();
            assertThat(flaw(reason, Deadline.DECISION, DECISION_DUE, from, null)).as(reason.name()).isEmpty();
        }
        assertThat(flaw(StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, Deadline.DECISION, DECISION_DUE,
                from, from.plusDays(3))).isEmpty();
    }

    @Test
    void the_coronavirus_exception_excuses_only_a_deadline_that_fell_between_may_and_september_2020() {
        LocalDate from = LocalDate.of(2020, 4, 1);
        assertThat(flaw(StatutoryException.CORONAVIRUS_2020, Deadline.FINAL_PLAN, LocalDate.of(2020, 9, 25), from, null))
                .isEmpty();
        assertThat(flaw(StatutoryException.CORONAVIRUS_2020, Deadline.FINAL_PLAN, LocalDate.of(2020, 9, 26), from, null))
                .contains(PermittedExceptions.Flaw.CORONAVIRUS_PERIOD);
        assertThat(flaw(StatutoryException.CORONAVIRUS_2020, Deadline.FINAL_PLAN, LocalDate.of(2020, 4, 30), from, null))
                .contains(PermittedExceptions.Flaw.CORONAVIRUS_PERIOD);
    }

    @Test
    void a_reason_the_regulations_do_not_give_for_that_limit_never_excuses_it() {
        assertThat(flaw(StatutoryException.MISSED_APPOINTMENT, Deadline.FINAL_PLAN, DECISION_DUE, DECISION_DUE, null))
                .contains(PermittedExceptions.Flaw.NOT_PERMITTED);
    }
}
