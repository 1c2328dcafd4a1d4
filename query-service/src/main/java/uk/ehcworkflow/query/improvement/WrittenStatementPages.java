package uk.ehcworkflow.query.improvement;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import uk.ehcworkflow.events.improvement.Rag;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.query.common.HtmlPages;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.CommandRefused;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageFilters;
import uk.ehcworkflow.query.pages.PageForm;
import uk.ehcworkflow.query.quality.QualityFigures;
import uk.ehcworkflow.query.quality.Quarter;

/**
 * The Written Statement of Action for improvement leads (and, to read, anyone signed in): the
 * board by area in plan order, each action with its history and measures, forms to change its
 * RAG with a reason and to record progress and measures, and the highlight report to print.
 */
@PageController
class WrittenStatementPages {

    static final String HOME = "/improvement-plan";

    private final ActionReader actions;
    private final QualityFigures quality;
    private final CommandApi commands;
    private final HighlightReportPage highlightReport;
    private final Clock clock;

    WrittenStatementPages(ActionReader actions, CommandApi commands, HighlightReportPage highlightReport, QualityFigures quality,
                          Clock clock) {
        this.actions = actions;
        this.quality = quality;
        this.commands = commands;
        this.highlightReport = highlightReport;
        this.clock = clock;
    }

    @GetMapping(HOME)
    String board(Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<ActionViews.BoardEntry>> byArea = new LinkedHashMap<>();
        actions.all().stream().sorted(ActionViews.PLAN_ORDER).forEach(action -> byArea
                .computeIfAbsent(action.areaOfWeakness(), area -> new ArrayList<>())
                .add(ActionViews.boardEntry(action, today, clock.getZone())));
        model.addAttribute("areas", byArea);
        model.addAttribute("summary", PlanSummary.of(actions.all(), today));
        return "improvement/written-statement";
    }

    /** The action as it stands or, with {@code asOf}, as it was known at the end of that day, rebuilt from its events. */
    @GetMapping(HOME + "/actions/{actionId}")
    String action(@PathVariable String actionId, @RequestParam(required = false) String done,
                  @RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        Instant knownAt = filters.endOfDay("asOf", clock.getZone());
        model.addAttribute("filters", filters.typed());
        filters.show(model, response);
        if (knownAt == null) {
            fill(model.asMap(), actionId);
            model.addAttribute("done", done);
            return "improvement/action";
        }
        ActionTimeline rebuilt = actions.rebuild(actionId, knownAt);
        if (rebuilt == null) {
            throw new NotFoundException("Action " + actionId + " had not been registered by " + knownAt + ".");
        }
        model.addAttribute("action", ActionViews.action(rebuilt, knownAt.atZone(clock.getZone()).toLocalDate(), clock.getZone()));
        model.addAttribute("history", rebuilt.history());
        model.addAttribute("lead", false);
        model.addAttribute("auditor", auditor());
        model.addAttribute("knownAt", PageFilters.day(knownAt, clock.getZone()));
        return "improvement/action";
    }

    @PostMapping(HOME + "/actions/{actionId}/rag")
    ModelAndView changeRag(@PathVariable String actionId, @RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input, "asOf").anchor("rag", "rag-choice");
        return send(actionId, "rag", form, "rag", () -> commands.post(path(actionId, "rag"), form.body("rag", "reason", "asOf")));
    }

    @PostMapping(HOME + "/actions/{actionId}/progress")
    ModelAndView recordProgress(@PathVariable String actionId, @RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input).anchor("note", "progress-note").sentAs("evidence[0]", "evidence");
        Map<String, Object> body = new LinkedHashMap<>(form.body("note"));
        // one piece of evidence a line, as a person lists them
        body.put("evidence", Arrays.stream(form.value("evidence").split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList());
        return send(actionId, "progress", form, "note", () -> commands.post(path(actionId, "progress"), body));
    }

    @PostMapping(HOME + "/actions/{actionId}/measures")
    ModelAndView recordMeasure(@PathVariable String actionId, @RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input, "measuredOn").sentAs("asOf", "measuredOn");
        Map<String, Object> body = new LinkedHashMap<>(form.body("measure", "value"));
        if (form.body("measuredOn").containsKey("measuredOn")) {
            body.put("asOf", form.body("measuredOn").get("measuredOn"));
        }
        return send(actionId, "measure", form, "measure", () -> commands.post(path(actionId, "measures"), body));
    }

    /**
     * A measure's actual taken from the plan quality report (ADR 52): the chosen share of the chosen
     * quarter as it stands, recorded as of the quarter's last day (or today, while it runs).
     */
    @PostMapping(HOME + "/actions/{actionId}/measures/from-quality")
    ModelAndView measureFromQuality(@PathVariable String actionId, @RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input).anchor("measure", "quality-measure");
        return send(actionId, "quality-measure", form, "share", () -> {
            QualityFigures.Share share;
            Quarter quarter;
            try {
                share = QualityFigures.Share.valueOf(form.value("share"));
            } catch (IllegalArgumentException notOne) {
                throw new CommandRefused(400, "share", null, "share '" + form.value("share") + "' is not one of the report's shares.");
            }
            try {
                quarter = Quarter.parse("quarter", form.value("quarter"));
            } catch (InvalidRequestException notOne) {
                throw new CommandRefused(400, "quarter", null, notOne.getMessage());
            }
            LocalDate today = LocalDate.now(clock);
            LocalDate asOf = quarter.lastMonth().atEndOfMonth().isBefore(today) ? quarter.lastMonth().atEndOfMonth() : today;
            QualityFigures.Measure measure = quality.of(quarter.firstMonth(), quarter.lastMonth(), null).share(share);
            if (measure.percent() == null) {
                throw new CommandRefused(409, "share", "nothing-to-count", "The plan quality report has nothing to count for that share in "
                        + quarter.months() + ".");
            }
            commands.post(path(actionId, "measures"), Map.of("measure", form.value("measure"), "value", measure.percent(),
                    "asOf", asOf.toString()));
        });
    }

    /** The highlight report for a chosen date, as a page to read or print. */
    @GetMapping(HOME + "/highlight-report")
    Object highlightReport(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        LocalDate day = filters.date("asOf");
        if (filters.failed()) {
            // a date that is not one: the plan's page again, with the error beside the report's date
            model.addAttribute("filters", filters.typed());
            filters.show(model, response);
            return board(model);
        }
        return ResponseEntity.ok().contentType(HtmlPages.HTML).body(highlightReport.render(
                ActionViews.highlightReport(actions.all(), day == null ? LocalDate.now(clock) : day, clock.getZone())));
    }

    private ModelAndView send(String actionId, String formName, PageForm form, String firstField, Runnable command) {
        ActionTimeline before = known(actionId);
        return FormPosts.send(() -> {
            command.run();
            actions.awaitChange(actionId, before.lastSequence());
            return HOME + "/actions/" + actionId + "?done=" + formName;
        }, refused -> {
            ModelAndView page = FormPosts.again("improvement/action", refused, form, firstField).addObject("failedForm", formName);
            fill(page.getModel(), actionId);
            return page;
        });
    }

    private void fill(Map<String, Object> model, String actionId) {
        ActionTimeline action = known(actionId);
        model.put("action", ActionViews.action(action, LocalDate.now(clock), clock.getZone()));
        model.put("history", action.history());
        model.put("rags", Rag.values());
        model.put("lead", Actor.of(SecurityContextHolder.getContext().getAuthentication()).role() == Role.IMPROVEMENT_LEAD);
        model.put("auditor", auditor());
        model.putIfAbsent("form", PageForm.empty());
        model.put("qualityShares", QualityFigures.Share.values());
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter each = Quarter.of(YearMonth.now(clock)); quarters.size() < 8; each = each.previous()) {
            quarters.add(each);
        }
        model.put("quarters", quarters);
    }

    private static boolean auditor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication()).mayAudit();
    }

    private ActionTimeline known(String actionId) {
        ActionTimeline action = actions.current(actionId);
        if (action == null) {
            throw new NotFoundException("No action " + actionId + " is known.");
        }
        return action;
    }

    private static String path(String actionId, String what) {
        return "/api/actions/" + UriUtils.encodePathSegment(actionId, StandardCharsets.UTF_8) + "/" + what;
    }
}
