package uk.ehcworkflow.query.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

@DisplayName("The SEN2 collection's census day and flow year (DfE SEN2 survey guide)")
class CollectionYearTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void the_census_days_the_dfe_published_are_the_ones_used() {
        assertThat(CollectionYear.of(2025, TODAY).censusDay()).isEqualTo(LocalDate.of(2025, 1, 16));
        assertThat(CollectionYear.of(2026, TODAY).censusDay()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(CollectionYear.of(2027, TODAY).censusDay()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(CollectionYear.of(2027, TODAY).censusDayPublished()).isTrue();
    }

    @Test
    void each_published_day_is_the_third_thursday_of_january_which_stands_for_a_year_not_yet_published() {
        for (int year : new int[] {2025, 2026, 2027}) {
            assertThat(CollectionYear.thirdThursdayOfJanuary(year)).isEqualTo(CollectionYear.of(year, TODAY).censusDay());
        }
        assertThat(CollectionYear.of(2024, TODAY).censusDay()).isEqualTo(LocalDate.of(2024, 1, 18));
        assertThat(CollectionYear.of(2024, TODAY).censusDayPublished()).isFalse();
    }

    @Test
    void the_flows_are_the_calendar_year_before_and_the_snapshot_stops_at_census_day() {
        CollectionYear y2026 = CollectionYear.of(2026, TODAY);
        assertThat(y2026.inFlow(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(y2026.inFlow(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(y2026.inFlow(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(y2026.byCensus(LocalDate.of(2026, 1, 15))).isTrue();
        assertThat(y2026.byCensus(LocalDate.of(2026, 1, 16))).isFalse();
    }

    @Test
    void a_year_outside_the_collections_is_refused_naming_the_field() {
        assertThatThrownBy(() -> CollectionYear.of(2014, TODAY)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> CollectionYear.of(2028, TODAY)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> CollectionYear.of(null, TODAY)).isInstanceOf(InvalidRequestException.class);
    }
}
