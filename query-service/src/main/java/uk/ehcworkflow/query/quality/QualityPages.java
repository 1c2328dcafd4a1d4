package uk.ehcworkflow.query.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.query.common.TaggedPdf;
import uk.ehcworkflow.query.common.TimeParameter;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;

/**
 * The manager's pages for plan quality (ADR 51): the months' samples, and each sample as a tray of
 * the plans drawn, how far each one's audit has got, and the day the audits are due.
 */
@PageController
class QualityPages {

    private final MonthlySampleReader samples;
    private final QualityReport reports;
    private final CommandApi commands;
    private final ITemplateEngine templates;
    private final Clock clock;

    QualityPages(MonthlySampleReader samples, QualityReport reports, CommandApi commands, ITemplateEngine templates, Clock clock) {
        this.samples = samples;
        this.reports = reports;
        this.commands = commands;
        this.templates = templates;
        this.clock = clock;
    }

    /** The quarter's report ({@code 2026-Q4}; by default the last quarter over), as it stands or as known at {@code asOf}. */
    @GetMapping("/quality/report")
    String report(@RequestParam(required = false) String quarter, @RequestParam(required = false) String asOf, Model model) {
        model.addAttribute("report", report(quarter, asOf));
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter each = Quarter.of(YearMonth.now(clock)); quarters.size() < 12; each = each.previous()) {
            quarters.add(each);
        }
        model.addAttribute("quarters", quarters);
        return "quality/report";
    }

    /** The same report as a page of its own, to print for a board's papers. */
    @GetMapping(value = "/quality/report/print", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String printable(@RequestParam(required = false) String quarter, @RequestParam(required = false) String asOf) {
        return printed(report(quarter, asOf));
    }

    /** The same report as a tagged PDF. */
    @GetMapping("/quality/report/pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String quarter, @RequestParam(required = false) String asOf) {
        QualityReport.Report report = report(quarter, asOf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("plan-quality-" + report.quarter() + ".pdf").build().toString())
                .body(TaggedPdf.of(printed(report), report.figures().on()));
    }

    private QualityReport.Report report(String quarter, String asOf) {
        Instant knownAt = TimeParameter.endOf("asOf", asOf, clock.getZone());
        Quarter chosen = quarter == null || quarter.isBlank() ? Quarter.lastEndedBefore(LocalDate.now(clock))
                : Quarter.parse("quarter", quarter);
        return reports.of(chosen, knownAt);
    }

    private String printed(QualityReport.Report report) {
        return templates.process("quality/report-print", new Context(Locale.UK, Map.of("report", report)));
    }

    @GetMapping("/quality")
    String samples(Model model) {
        model.addAllAttributes(listing(PageForm.empty()));
        return "quality/samples";
    }

    /** A month drawn by hand; the month as {@code 2026-11}. */
    @PostMapping("/quality/samples")
    ModelAndView draw(@RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input);
        return FormPosts.send(() -> {
            commands.post("/api/quality/samples", form.body("month"));
            YearMonth month = YearMonth.parse(form.value("month"));
            samples.awaitDrawn(month);
            return "/quality/samples/" + month;
        }, refused -> {
            ModelAndView page = FormPosts.again("quality/samples", refused, form, "month");
            page.getModelMap().addAllAttributes(listing(form));
            return page;
        });
    }

    @GetMapping("/quality/samples/{month}")
    String sample(@PathVariable String month, Model model) {
        YearMonth asked;
        try {
            asked = YearMonth.parse(month);
        } catch (DateTimeParseException notAMonth) {
            throw new NotFoundException("No sample is called '" + month + "': a month is written like 2026-11.");
        }
        model.addAttribute("sample", samples.ofMonth(asked).orElseThrow(() -> new NotFoundException(
                "No sample of the plans finalised in " + asked + " has been drawn.")));
        model.addAttribute("today", LocalDate.now(clock));
        return "quality/sample";
    }

    /** The samples, and for those who may draw one, the months over but not yet drawn, the latest first. */
    private Map<String, Object> listing(PageForm form) {
        List<MonthlySampleReader.SampleView> all = samples.all();
        Set<YearMonth> drawn = all.stream().map(MonthlySampleReader.SampleView::month).collect(Collectors.toSet());
        List<YearMonth> undrawn = new ArrayList<>();
        for (YearMonth month = YearMonth.now(clock).minusMonths(1); undrawn.size() + drawn.size() < 24
                && month.isAfter(YearMonth.now(clock).minusMonths(25)); month = month.minusMonths(1)) {
            if (!drawn.contains(month)) {
                undrawn.add(month);
            }
        }
        Role role = Actor.of(SecurityContextHolder.getContext().getAuthentication()).role();
        boolean mayDraw = role == Role.MANAGER || role == Role.ADMIN;
        return Map.of("samples", all, "undrawn", mayDraw ? undrawn : List.of(), "form", form, "today",
                LocalDate.now(clock), "mayEditChecklist", role == Role.ADMIN);
    }
}
