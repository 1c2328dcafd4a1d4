package uk.ehcworkflow.query.dashboard;

import uk.ehcworkflow.platform.input.SaneDates;
import uk.ehcworkflow.query.pages.PageFilters;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.util.LinkedMultiValueMap;
import jakarta.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.YearMonth;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.ehcworkflow.query.common.HtmlPages;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.dispute.DisputeReader;
import uk.ehcworkflow.query.improvement.ActionReader;
import uk.ehcworkflow.query.improvement.PlanSummary;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;
import uk.ehcworkflow.query.plan.PlanReader;
import uk.ehcworkflow.query.quality.QualityFigures;
import uk.ehcworkflow.query.quality.QualityReport;
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
    private final QualityFigures quality;

    DashboardPage(TimelinessReader timeliness, PanelReader panels, ActionReader actions, PlanReader plans,
                  DisputeReader disputes, QualityFigures quality, HtmlPages html, ObjectMapper json, Clock clock) {
        this.timeliness = timeliness;
        this.quality = quality;
        this.disputes = disputes;
        this.panels = panels;
        this.actions = actions;
        this.plans = plans;
        this.html = html;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        PerformanceDashboard dashboard = asked(filters);
        model.addAttribute("d", dashboard);
        model.addAttribute("charts", charts(dashboard));
        // plan quality beside timeliness (ADR 52): the same period, as known at the same instant
        model.addAttribute("quality", QualityReport.measures(quality.of(YearMonth.from(dashboard.period().period().from()),
                YearMonth.from(dashboard.period().period().to()), dashboard.knownAt())));
        model.addAttribute("englandSource", England.SOURCE);
        model.addAttribute("filters", filters.failed() ? filters.typed() : periodForm(dashboard));
        model.addAttribute("publishable", publishableLink(dashboard));
        model.addAttribute("knownOn", dashboard.knownAt() == null ? null : PageFilters.day(dashboard.knownAt(), clock.getZone()));
        filters.show(model, response);
        return "dashboard/dashboard";
    }

    /** The file for the Local Offer website: the same figures, with every figure that could give a child away withheld. */
    @GetMapping("/dashboard/publishable")
    Object publishable(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        PerformanceDashboard asked = asked(filters);
        if (filters.failed()) {
            // a period that makes no sense downloads nothing: the dashboard says what to change
            return dashboard(query, model, response);
        }
        PerformanceDashboard dashboard = Disclosure.publishable(asked);
        String page = html.render("dashboard/publishable", Map.<String, Object>of("d", dashboard, "englandSource", England.SOURCE));
        String file = "performance-dashboard-" + dashboard.period().period().from() + "-to-" + dashboard.period().period().to() + ".html";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .contentType(HtmlPages.HTML).body(page);
    }

    /**
     * The dashboard for the period the form asks for; where a box makes no sense, this year's
     * figures as they stand, with the error beside that box. Years and dates come as typed in the
     * form (day, month and year boxes) or as ISO dates in a link.
     */
    private PerformanceDashboard asked(PageFilters filters) {
        String kind = filters.text("kind");
        Integer year = filters.text("year") == null ? null
                : filters.number("year", SaneDates.EARLIEST.getYear(), SaneDates.LATEST.getYear(), 0);
        LocalDate from = filters.date("from");
        LocalDate to = filters.date("to");
        Instant knownAt = filters.endOfDay("asOf", clock.getZone());
        if ("CUSTOM".equalsIgnoreCase(kind) && !filters.failed()) {
            if (from == null) {
                filters.fail("from", "Enter the first day of the period");
            } else if (to == null) {
                filters.fail("to", "Enter the last day of the period");
            } else if (to.isBefore(from)) {
                filters.fail("to", "The last day of the period must be on or after its first day, "
                        + PageFilters.day(from.atStartOfDay(clock.getZone()).toInstant(), clock.getZone()));
            }
        }
        if (!filters.failed()) {
            PerformanceDashboard dashboard = filters.judged(() -> dashboard(kind, year, from, to, knownAt), () -> null);
            if (dashboard != null) {
                return dashboard;
            }
        }
        return dashboard(null, null, null, null, null);
    }

    /** The period form as the dashboard shown: its kind, year or days, and the day it is as known on. */
    private PageForm periodForm(PerformanceDashboard dashboard) {
        LinkedMultiValueMap<String, String> shown = new LinkedMultiValueMap<>();
        DashboardPeriod period = dashboard.period();
        shown.add("kind", period.kind().name());
        if (period.kind() == DashboardPeriod.Kind.CUSTOM) {
            boxes(shown, "from", period.period().from());
            boxes(shown, "to", period.period().to());
        } else {
            shown.add("year", String.valueOf(period.period().from().getYear()));
        }
        if (dashboard.knownAt() != null) {
            boxes(shown, "asOf", dashboard.knownAt().atZone(clock.getZone()).toLocalDate());
        }
        return PageForm.of(shown);
    }

    private static void boxes(LinkedMultiValueMap<String, String> form, String name, LocalDate date) {
        form.add(name + "-day", String.valueOf(date.getDayOfMonth()));
        form.add(name + "-month", String.valueOf(date.getMonthValue()));
        form.add(name + "-year", String.valueOf(date.getYear()));
    }

    /** The address of the publishable file for the period shown. */
    private String publishableLink(PerformanceDashboard dashboard) {
        DashboardPeriod period = dashboard.period();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/dashboard/publishable").queryParam("kind", period.kind());
        if (period.kind() == DashboardPeriod.Kind.CUSTOM) {
            link.queryParam("from", period.period().from()).queryParam("to", period.period().to());
        } else {
            link.queryParam("year", period.period().from().getYear());
        }
        if (dashboard.knownAt() != null) {
            link.queryParam("asOf", dashboard.knownAt().atZone(clock.getZone()).toLocalDate());
        }
        return link.build().toUriString();
    }

    private PerformanceDashboard dashboard(String kind, Integer year, LocalDate from, LocalDate to, Instant knownAt) {
        LocalDate today = LocalDate.now(clock);
        LocalDate knownOn = knownAt == null ? today : knownAt.atZone(clock.getZone()).toLocalDate();
        DashboardPeriod period = DashboardPeriod.of(kind, year, from, to, today);
        TimelinessReport report = report(period.period(), knownAt, knownOn);
        return new PerformanceDashboard(period, knownAt, today,
                PerformanceDashboard.headlines(report.figures()), PerformanceDashboard.advice(report.figures()),
                PerformanceDashboard.reviews(plans.figures(period.period(), knownAt)),
                PerformanceDashboard.disputes(disputes.figures(period.period(), knownAt)),
                PerformanceDashboard.trend("last-12-months", "The last 12 months", report(period.lastMonths(12), knownAt, knownOn)),
                PerformanceDashboard.trend("last-24-months", "The last 24 months", report(period.lastMonths(24), knownAt, knownOn)),
                panels.coverage(period.period(), knownAt), PlanSummary.of(actions.all(), knownOn));
    }

    private TimelinessReport report(Period period, Instant knownAt, LocalDate knownOn) {
        return knownAt == null ? timeliness.report(period.from(), period.to(), knownOn)
                : timeliness.reportAsKnownAt(period.from(), period.to(), knownAt, knownOn);
    }

    /**
     * Each trend's numbers as two charts, one measure to an axis: its percentages, and its counts.
     * The JSON goes in the canvas's data attribute: the page runs no inline script.
     */
    private Map<String, String> charts(PerformanceDashboard dashboard) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (PerformanceDashboard.Trend trend : List.of(dashboard.lastTwelveMonths(), dashboard.lastTwentyFourMonths())) {
            for (boolean percentages : List.of(true, false)) {
                List<Map<String, Object>> series = trend.series().stream()
                        .filter(line -> line.percentages() == percentages)
                        .map(line -> Map.<String, Object>of("label", line.label(),
                                "values", line.values().stream().map(value -> value.plotted(false)).toList())).toList();
                if (series.stream().allMatch(line -> ((List<?>) line.get("values")).stream().allMatch(v -> v == null))) {
                    continue; // nothing to draw: the page says so in words
                }
                try {
                    charts.put(trend.id() + (percentages ? "-percent" : "-count"), json.writeValueAsString(Map.of(
                            "months", trend.months(), "series", series, "unit", percentages ? "%" : "count")));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Chart figures cannot be written as JSON", e);
                }
            }
        }
        return charts;
    }
}
