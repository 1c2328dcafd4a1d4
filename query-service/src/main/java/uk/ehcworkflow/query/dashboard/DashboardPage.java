package uk.ehcworkflow.query.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.query.common.HtmlPages;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.common.TimeParameter;
import uk.ehcworkflow.query.dispute.DisputeReader;
import uk.ehcworkflow.query.improvement.ActionReader;
import uk.ehcworkflow.query.improvement.PlanSummary;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;
import uk.ehcworkflow.query.plan.PlanReader;
import uk.ehcworkflow.query.panel.PanelReader;
import uk.ehcworkflow.query.timeliness.TimelinessReader;
import uk.ehcworkflow.query.timeliness.TimelinessReport;

/**
 * The performance dashboard for managers and boards, for a calendar year, a financial year or
 * any days, now or as known on a past date; and its publishable version, one self-contained HTML
 * file for the Local Offer website with small numbers suppressed.
 */
@PageController
class DashboardPage {

    private final TimelinessReader timeliness;
    private final PanelReader panels;
    private final ActionReader actions;
    private final PlanReader plans;
    private final HtmlPages html;
    private final ObjectMapper json;
    private final Clock clock;

    private final DisputeReader disputes;
    DashboardPage(TimelinessReader timeliness, PanelReader panels, ActionReader actions, PlanReader plans,
                  DisputeReader disputes, HtmlPages html, ObjectMapper json, Clock clock) {
        this.timeliness = timeliness;
        this.disputes = disputes;
        this.panels = panels;
        this.actions = actions;
        this.plans = plans;
        this.html = html;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer year,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) String asOf, Model model) {
        PerformanceDashboard dashboard;
        try {
            dashboard = dashboard(kind, year, from, to, asOf);
            model.addAttribute("asOf", blankAsNull(asOf));
        } catch (InvalidRequestException wrong) {
            // the period as typed makes no sense: say which box is wrong, over this year's figures
            model.addAttribute("errors", List.of(new PageForm.FormError(
                    "#" + ("kind".equals(wrong.field()) ? "kind-calendar" : wrong.field()), wrong.getMessage())));
            dashboard = dashboard(null, null, null, null, null);
        }
        model.addAttribute("d", dashboard);
        model.addAttribute("charts", charts(dashboard));
        model.addAttribute("englandSource", England.SOURCE);
        return "pages/dashboard";
    }

    @GetMapping("/dashboard/publishable")
    ResponseEntity<String> publishable(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(required = false) String asOf) {
        PerformanceDashboard dashboard = dashboard(kind, year, from, to, asOf);
        String page = html.render("dashboard/publishable", Map.<String, Object>of("d", dashboard, "englandSource", England.SOURCE));
        String file = "performance-dashboard-" + dashboard.period().period().from() + "-to-" + dashboard.period().period().to() + ".html";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .contentType(HtmlPages.HTML).body(page);
    }

    private PerformanceDashboard dashboard(String kind, Integer year, LocalDate from, LocalDate to, String asOf) {
        LocalDate today = LocalDate.now(clock);
        Instant knownAt = TimeParameter.endOf("asOf", blankAsNull(asOf), clock.getZone());
        LocalDate knownOn = knownAt == null ? today : knownAt.atZone(clock.getZone()).toLocalDate();
        DashboardPeriod period = DashboardPeriod.of(kind, year, from, to, today);
        TimelinessReport report = report(period.period(), knownAt, knownOn);
        return new PerformanceDashboard(period, knownAt, today,
                PerformanceDashboard.headlines(report.figures()), PerformanceDashboard.advice(report.figures()),
                PerformanceDashboard.reviews(plans.figures(period.period(), knownAt)),
                PerformanceDashboard.disputes(disputes.figures(period.period(), knownAt)),
                PerformanceDashboard.trend("last-12-months", "The last 12 months", report(period.lastMonths(12), knownAt, knownOn)),
                PerformanceDashboard.trend("last-24-months", "The last 24 months", report(period.lastMonths(24), knownAt, knownOn)),
                panels.coverage(period.period()), PlanSummary.of(actions.all(), knownOn));
    }

    /** An empty box in the period form means "not given". */
    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private TimelinessReport report(Period period, Instant knownAt, LocalDate knownOn) {
        return knownAt == null ? timeliness.report(period.from(), period.to(), knownOn)
                : timeliness.reportAsKnownAt(period.from(), period.to(), knownAt, knownOn);
    }

    /** Each trend's numbers for its chart, as JSON in the canvas's data attribute: the page runs no inline script. */
    private Map<String, String> charts(PerformanceDashboard dashboard) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (PerformanceDashboard.Trend trend : List.of(dashboard.lastTwelveMonths(), dashboard.lastTwentyFourMonths())) {
            List<Map<String, Object>> series = trend.series().stream().map(line -> Map.<String, Object>of(
                    "label", line.label(),
                    "values", line.values().stream().map(value -> value.plotted(false)).toList())).toList();
            try {
                charts.put(trend.id(), json.writeValueAsString(Map.of("months", trend.months(), "series", series)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Chart figures cannot be written as JSON", e);
            }
        }
        return charts;
    }
}
