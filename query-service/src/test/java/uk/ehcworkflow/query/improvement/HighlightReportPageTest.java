package uk.ehcworkflow.query.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.improvement.Rag;
import uk.ehcworkflow.query.common.Templates;

class HighlightReportPageTest {

    private final HighlightReportPage page = new HighlightReportPage(Templates.pages());

    private static ActionViews.Highlight highlight(String title, Rag rag, boolean overdue, ActionViews.Progress latest,
                                                   List<ActionTimeline.Measure> measures) {
        return new ActionViews.Highlight("a-1", "1.1", title, List.of("Head of SEND", "Designated Clinical Officer"),
                LocalDate.of(2019, 3, 31), rag, "reason", overdue, latest, measures);
    }

    @Test
    void each_area_is_a_table_of_its_actions_with_rag_due_date_latest_update_and_measures() {
        ActionTimeline.Measure measure = new ActionTimeline.Measure("plans within 20 weeks (%)", "More plans in time",
                new BigDecimal("42.60"), new BigDecimal("80"), LocalDate.of(2019, 4, 30),
                List.of(new ActionTimeline.Actual(LocalDate.of(2019, 3, 31), new BigDecimal("64.80"))));
        ActionViews.Progress latest = new ActionViews.Progress("Protocol signed", List.of(), Instant.parse("2019-03-01T10:00:00Z"), "lead");

        String html = page.render(new ActionViews.HighlightReport(LocalDate.of(2019, 4, 30), List.of(
                new ActionViews.Area("Timeliness of EHC plans", List.of(
                        highlight("Review the 20-week process", Rag.AMBER, true, latest, List.of(measure)),
                        highlight("Quality assure plans", Rag.BLUE, false, null, List.of()))))));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("As of 2019-04-30.")
                .contains("<h2>Timeliness of EHC plans</h2>")
                .contains("<td class=\"overdue\">2019-03-31 (overdue)</td>", "<td>2019-03-31</td>")
                .contains("<td class=\"rag AMBER\" title=\"reason\">AMBER</td>", ">BLUE<")
                .contains("<td>Head of SEND, Designated Clinical Officer</td>")
                .contains("<td>Protocol signed</td>", "<td>None recorded</td>")
                .contains("plans within 20 weeks (%): 42.6 → 80 by 2019-04-30; actuals 64.8 (2019-03-31)");
    }

    @Test
    void whatever_an_officer_typed_is_shown_as_text_never_run_as_markup() {
        String html = page.render(new ActionViews.HighlightReport(LocalDate.of(2019, 4, 30), List.of(
                new ActionViews.Area("<b>Area</b>", List.of(highlight("<script>alert(1)</script>", Rag.RED, false,
                        new ActionViews.Progress("\"quoted\" & <i>marked</i>", List.of(), Instant.EPOCH, "lead"), List.of()))))));

        assertThat(html).doesNotContain("<script>", "<b>Area", "<i>marked")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Area&lt;/b&gt;", "&quot;quoted&quot; &amp; &lt;i&gt;");
    }

    @Test
    void with_no_actions_it_says_so() {
        assertThat(page.render(new ActionViews.HighlightReport(LocalDate.of(2019, 4, 30), List.of())))
                .contains("No actions are registered.").doesNotContain("<table");
    }
}
