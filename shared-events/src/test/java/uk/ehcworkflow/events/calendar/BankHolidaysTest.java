package uk.ehcworkflow.events.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {

    @Test
    void a_known_year_is_complete_substitute_days_and_all() {
        assertThat(BankHolidays.all().stream().filter(day -> day.getYear() == 2021)).containsExactly(
                parse("2021-01-01"), parse("2021-04-02"), parse("2021-04-05"), parse("2021-05-03"), parse("2021-05-31"),
                parse("2021-08-30"), parse("2021-12-27"), parse("2021-12-28"));
    }

    @Test
    void the_one_off_days_are_there_and_the_days_they_moved_are_not() {
        assertThat(BankHolidays.isBankHoliday(parse("2020-05-08"))).as("VE Day").isTrue();
        assertThat(BankHolidays.isBankHoliday(parse("2020-05-04"))).isFalse();
        assertThat(BankHolidays.isBankHoliday(parse("2022-06-03"))).as("Platinum Jubilee").isTrue();
        assertThat(BankHolidays.isBankHoliday(parse("2022-05-30"))).isFalse();
        assertThat(BankHolidays.isBankHoliday(parse("2022-09-19"))).as("State Funeral").isTrue();
        assertThat(BankHolidays.isBankHoliday(parse("2023-05-08"))).as("Coronation").isTrue();
    }

    @Test
    void every_year_listed_has_its_eight_days_on_weekdays() {
        IntStream.rangeClosed(BankHolidays.FIRST_YEAR, BankHolidays.LAST_YEAR).forEach(year -> {
            assertThat(BankHolidays.all().stream().filter(day -> day.getYear() == year).count()).as("%d", year)
                    .isGreaterThanOrEqualTo(8);
        });
        assertThat(BankHolidays.all()).allSatisfy(day -> assertThat(day.getDayOfWeek().getValue()).as("%s", day)
                .isLessThanOrEqualTo(5));
        assertThat(BankHolidays.all()).allSatisfy(day -> assertThat(day.getYear())
                .isBetween(BankHolidays.FIRST_YEAR, BankHolidays.LAST_YEAR));
    }

    @Test
    void a_working_day_is_neither_a_weekend_nor_a_bank_holiday() {
        assertThat(StatutoryCalendar.workingDay(parse("2025-12-24"))).isTrue();
        assertThat(StatutoryCalendar.workingDay(parse("2025-12-25"))).isFalse();
        assertThat(StatutoryCalendar.workingDay(parse("2025-12-27"))).isFalse();
    }
}
