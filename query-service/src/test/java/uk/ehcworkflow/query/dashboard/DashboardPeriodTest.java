package uk.ehcworkflow.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

class DashboardPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 2, 10);

    @Test
    void a_financial_year_runs_from_april_to_march_and_defaults_to_the_one_under_way() {
        DashboardPeriod period = DashboardPeriod.of("FINANCIAL", null, null, null, TODAY);

        assertThat(period.period().from()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(period.period().to()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(period.label()).isEqualTo("Financial year 2024/25");
    }

    @Test
    void the_calendar_year_is_the_default_and_trends_end_with_the_periods_last_month() {
        DashboardPeriod period = DashboardPeriod.of(null, 2024, null, null, TODAY);

        assertThat(period.label()).isEqualTo("Calendar year 2024");
        assertThat(period.lastMonths(12).from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(period.lastMonths(24).from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(period.lastMonths(24).to()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void an_unknown_kind_or_a_period_that_ends_before_it_starts_names_the_field() {
        assertThatThrownBy(() -> DashboardPeriod.of("WEEKLY", null, null, null, TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> DashboardPeriod.of("CUSTOM", null, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 1, 1), TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
