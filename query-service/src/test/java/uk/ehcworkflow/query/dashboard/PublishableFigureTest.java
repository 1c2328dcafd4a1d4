package uk.ehcworkflow.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishableFigureTest {

    @Test
    void on_the_publishable_dashboard_counts_from_one_to_four_read_fewer_than_five() {
        assertThat(new PublishableFigure.Count(0).text(true)).isEqualTo("0");
        assertThat(new PublishableFigure.Count(1).text(true)).isEqualTo("fewer than 5");
        assertThat(new PublishableFigure.Count(4).text(true)).isEqualTo("fewer than 5");
        assertThat(new PublishableFigure.Count(5).text(true)).isEqualTo("5");
        assertThat(new PublishableFigure.Count(12_345).text(true)).isEqualTo("12,345");
        assertThat(new PublishableFigure.Count(3).plotted(true)).isNull();
    }

    @Test
    void a_percentage_or_average_over_fewer_than_five_children_is_withheld_when_published() {
        assertThat(new PublishableFigure.Percent(75.0, 4).text(true)).isEqualTo("withheld (fewer than 5)");
        assertThat(new PublishableFigure.Percent(80.0, 5).text(true)).isEqualTo("80.0%");
        assertThat(new PublishableFigure.Weeks(18.5, 2).text(true)).isEqualTo("withheld (fewer than 5)");
        assertThat(new PublishableFigure.Percent(75.0, 4).plotted(true)).isNull();
    }

    @Test
    void inside_the_service_every_figure_is_shown_as_it_is() {
        assertThat(new PublishableFigure.Count(3).text(false)).isEqualTo("3");
        assertThat(new PublishableFigure.Percent(75.0, 4).text(false)).isEqualTo("75.0%");
        assertThat(new PublishableFigure.Weeks(18.5, 2).text(false)).isEqualTo("18.5 weeks");
        assertThat(new PublishableFigure.Percent(null, 0).text(false)).isEqualTo("no cases");
    }
}
