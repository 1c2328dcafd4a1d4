package uk.ehcworkflow.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.query.common.Figures;

/**
 * The publishable dashboard gives no small number away, not even by differencing: each case
 * plants a route by which a suppressed count could be worked out again, and checks that it is shut.
 */
class DisclosureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final DashboardPeriod YEAR_2025 = DashboardPeriod.of("CALENDAR", 2025, null, null, TODAY);

    private static PerformanceDashboard.Headline row(String id, PublishableFigure value) {
        return new PerformanceDashboard.Headline(id, id, value, null);
    }

    private static PublishableFigure.Percent percent(long part, long of) {
        return new PublishableFigure.Percent(Figures.percent(part, of), of);
    }

    /** A dashboard of these headline rows, and months with these requests and plans. */
    private static PerformanceDashboard dashboard(List<PerformanceDashboard.Headline> headlines, long[] requests, long[] plans) {
        List<String> months = IntStream.rangeClosed(1, 12).mapToObj(m -> String.format("2025-%02d", m)).toList();
        List<PublishableFigure> requestValues = new ArrayList<>();
        List<PublishableFigure> planValues = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            requestValues.add(new PublishableFigure.Count(requests[m]));
            planValues.add(new PublishableFigure.Count(plans[m]));
        }
        PerformanceDashboard.Trend twelve = new PerformanceDashboard.Trend("last-12-months", "The last 12 months", months, List.of(
                new PerformanceDashboard.Series(PerformanceDashboard.REQUESTS_SERIES, requestValues),
                new PerformanceDashboard.Series(PerformanceDashboard.PLANS_SERIES, planValues)));
        PerformanceDashboard.Trend none = new PerformanceDashboard.Trend("last-24-months", "The last 24 months", List.of(), List.of());
        return new PerformanceDashboard(YEAR_2025, null, TODAY, headlines, List.of(), List.of(), List.of(), twelve, none, null, null);
    }

    private static String published(PerformanceDashboard dashboard, String id) {
        return Disclosure.publishable(dashboard).headlines().stream().filter(row -> row.id().equals(id)).findFirst()
                .orElseThrow().value().text(true);
    }

    private static long[] months(long... first) {
        long[] all = new long[12];
        System.arraycopy(first, 0, all, 0, first.length);
        return all;
    }

    @Nested
    class A_percentage_is_withheld_when {

        @Test
        void its_part_is_from_one_to_four_children_six_requests_one_refused() {
            PerformanceDashboard d = dashboard(List.of(row("requests", new PublishableFigure.Count(60)), row("refused", percent(1, 6))),
                    months(10, 10, 10, 10, 10, 10), months());
            assertThat(published(d, "refused")).isEqualTo(PublishableFigure.Withheld.TEXT);
        }

        @Test
        void the_children_it_leaves_out_are_from_one_to_four() {
            PerformanceDashboard d = dashboard(List.of(row("decided-within-6", percent(5, 6))), months(), months());
            assertThat(published(d, "decided-within-6")).isEqualTo(PublishableFigure.Withheld.TEXT);
        }

        @Test
        void but_not_when_both_its_part_and_the_rest_are_five_or_more() {
            PerformanceDashboard d = dashboard(List.of(row("decided-within-6", percent(5, 10))), months(), months());
            assertThat(published(d, "decided-within-6")).isEqualTo("50.0%");
        }
    }

    @Nested
    class A_total_and_its_parts {

        @Test
        void one_suppressed_band_beside_the_total_and_the_other_bands_takes_another_band_with_it() {
            PerformanceDashboard d = dashboard(List.of(row("plans-issued", new PublishableFigure.Count(30)), row("band-20", new PublishableFigure.Count(3)),
                    row("band-52", new PublishableFigure.Count(20)), row("band-over-52", percent(7, 30))), months(), months());
            assertThat(published(d, "band-20")).isEqualTo("fewer than 5");
            assertThat(published(d, "band-over-52")).as("the smaller other band").isEqualTo(PublishableFigure.Withheld.TEXT);
            assertThat(published(d, "band-52")).isEqualTo("20");
            assertThat(published(d, "plans-issued")).isEqualTo("30");
        }

        @Test
        void months_each_fewer_than_five_that_can_only_be_one_each_take_the_total_with_them() {
            PerformanceDashboard d = dashboard(List.of(row("requests", new PublishableFigure.Count(6))), months(1, 1, 1, 1, 1, 1), months());
            assertThat(published(d, "requests")).isEqualTo(PublishableFigure.Withheld.TEXT);
        }

        @Test
        void one_suppressed_month_takes_the_smallest_other_month_with_it() {
            PerformanceDashboard d = dashboard(List.of(row("requests", new PublishableFigure.Count(47))), months(2, 9, 12, 8, 16), months());
            PerformanceDashboard published = Disclosure.publishable(d);
            List<String> requests = published.lastTwelveMonths().series().get(0).values().stream().map(v -> v.text(true)).toList();
            assertThat(requests).startsWith("fewer than 5", "9", "12", PublishableFigure.Withheld.TEXT, "16");
            assertThat(published(d, "requests")).isEqualTo("47");
        }

        @Test
        void nothing_is_withheld_where_nothing_is_small() {
            PerformanceDashboard d = dashboard(List.of(row("requests", new PublishableFigure.Count(60))), months(10, 10, 10, 10, 10, 10), months());
            assertThat(Disclosure.publishable(d).lastTwelveMonths().series().get(0).values())
                    .noneMatch(value -> value instanceof PublishableFigure.Withheld);
            assertThat(published(d, "requests")).isEqualTo("60");
        }
    }

    @Test
    void inside_the_service_a_withheld_figure_is_still_shown_as_it_is() {
        assertThat(new PublishableFigure.Withheld(percent(1, 6)).text(false)).isEqualTo("16.7%");
    }
}
