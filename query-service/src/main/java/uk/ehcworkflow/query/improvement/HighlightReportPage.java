package uk.ehcworkflow.query.improvement;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.common.HtmlPages;

/**
 * The highlight report as a page a person can read, print or attach to a board paper
 * ({@code templates/improvement/highlight-report.html}), and how it writes a measure.
 */
@Component
class HighlightReportPage {

    private final HtmlPages pages;

    HighlightReportPage(HtmlPages pages) {
        this.pages = pages;
    }

    String render(ActionViews.HighlightReport report) {
        return pages.render("improvement/highlight-report", Map.of("report", report, "page", this));
    }

    /** "measure: baseline → target by date; actuals value (as of), …", as the board reads it. */
    public String measure(ActionTimeline.Measure measure) {
        return measure.measure() + ": " + number(measure.baseline()) + " → " + number(measure.target())
                + (measure.targetDate() == null ? "" : " by " + measure.targetDate())
                + (measure.actuals().isEmpty() ? "; no actuals yet" : "; actuals " + measure.actuals().stream()
                .map(actual -> number(actual.value()) + " (" + actual.asOf() + ")").collect(Collectors.joining(", ")));
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }
}
