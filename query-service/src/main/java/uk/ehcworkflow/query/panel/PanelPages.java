package uk.ehcworkflow.query.panel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import uk.ehcworkflow.events.panel.PanelAgency;
import uk.ehcworkflow.events.panel.PanelDecision;
import uk.ehcworkflow.events.panel.PanelKind;
import uk.ehcworkflow.platform.input.SaneDates;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.CommandRefused;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageFilters;
import uk.ehcworkflow.query.pages.PageForm;

/**
 * Panel clerks' pages: the year's sittings, scheduling one, and each sitting with its attendance
 * by agency and its decisions, each decision on a case given by its reference. Officers, auditors
 * and administrators may read them, as through the API.
 */
@PageController
class PanelPages {

    private final PanelReader panels;
    private final AssessmentReader assessments;
    private final ChildDetails children;
    private final CommandApi commands;
    private final AccessLog accessLog;
    private final Clock clock;

    PanelPages(PanelReader panels, AssessmentReader assessments, ChildDetails children, CommandApi commands,
               AccessLog accessLog, Clock clock) {
        this.panels = panels;
        this.assessments = assessments;
        this.children = children;
        this.commands = commands;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/panels")
    String sittings(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        int shown = filters.number("year", SaneDates.EARLIEST.getYear(), SaneDates.LATEST.getYear(), LocalDate.now(clock).getYear());
        filters.show(model, response);
        model.addAttribute("filters", filters.typed());
        model.addAttribute("year", shown);
        model.addAttribute("sittings", panels.heldIn(Period.parse(shown, null, null)));
        model.addAttribute("kinds", PanelKind.values());
        model.addAttribute("form", PageForm.empty());
        model.addAttribute("clerk", actor().role() == Role.PANEL);
        return "panel/panels";
    }

    @PostMapping("/panels")
    ModelAndView schedule(@RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input, "heldOn");
        return FormPosts.send(() -> {
            String panelId = commands.post("/api/panels", form.body("heldOn", "kind")).path("panelId").asText();
            panels.awaitChange(panelId, -1);
            return "/panels/" + panelId;
        }, refused -> {
            int year = LocalDate.now(clock).getYear();
            return FormPosts.again("panel/panels", refused, form, "heldOn").addObject("year", year)
                    .addObject("sittings", panels.heldIn(Period.parse(year, null, null)))
                    .addObject("kinds", PanelKind.values()).addObject("clerk", true);
        });
    }

    @GetMapping("/panels/{panelId}")
    String sitting(@PathVariable String panelId, @RequestParam(required = false) String done, HttpServletRequest request,
                   Model model) {
        fill(model.asMap(), panelId, request);
        model.addAttribute("done", done);
        return "panel/panel";
    }

    @PostMapping("/panels/{panelId}/attendance")
    ModelAndView attend(@PathVariable String panelId, @RequestParam MultiValueMap<String, String> input,
                        HttpServletRequest request) {
        PageForm form = PageForm.of(input);
        return send(panelId, "attendance", form, "member", request, () -> commands.post(path(panelId, "attendance"),
                form.body("member", "agency")));
    }

    /** The clerk gives the case's reference, as on the panel's papers; the page finds the case it names. */
    @PostMapping("/panels/{panelId}/decisions")
    ModelAndView decide(@PathVariable String panelId, @RequestParam MultiValueMap<String, String> input,
                        HttpServletRequest request) {
        PageForm form = PageForm.of(input);
        Optional<AssessmentTimeline> decided = assessments.byReference(form.value("reference").toUpperCase(Locale.UK));
        return send(panelId, "decision", form, "reference", request, () -> {
            if (decided.isEmpty()) {
                throw new CommandRefused(HttpStatus.BAD_REQUEST.value(), "reference", null,
                        "No case has the reference " + form.value("reference") + ".");
            }
            Map<String, Object> body = new LinkedHashMap<>(form.body("decision", "rationale"));
            body.put("assessmentId", decided.get().assessmentId());
            commands.post(path(panelId, "decisions"), body);
        });
    }

    private ModelAndView send(String panelId, String formName, PageForm form, String firstField, HttpServletRequest request,
                              Runnable command) {
        PanelSitting before = known(panelId);
        return FormPosts.send(() -> {
            command.run();
            panels.awaitChange(panelId, before.lastSequence());
            return "/panels/" + panelId + "?done=" + formName;
        }, refused -> {
            ModelAndView page = FormPosts.again("panel/panel", refused, form, firstField).addObject("failedForm", formName);
            fill(page.getModel(), panelId, request);
            return page;
        });
    }

    /** The sitting and the cases it decided; an auditor's or administrator's sight of their names is recorded. */
    private void fill(Map<String, Object> model, String panelId, HttpServletRequest request) {
        PanelSitting sitting = known(panelId);
        List<AssessmentTimeline> cases = sitting.decisions().stream().map(decision -> assessments.current(decision.assessmentId()))
                .filter(Objects::nonNull).toList();
        cases.forEach(decided -> accessLog.caseViewed(decided.assessmentId(), "panel sitting", request));
        Map<String, Child> names = children.ofAll(cases, actor());
        Map<String, String> references = cases.stream().collect(Collectors.toMap(AssessmentTimeline::assessmentId,
                timeline -> timeline.reference() == null ? timeline.assessmentId() : timeline.reference(), (a, b) -> a));
        model.put("sitting", PanelReports.sitting(sitting));
        model.put("names", names);
        model.put("references", references);
        model.put("agencies", PanelAgency.values());
        model.put("decisions", PanelDecision.values());
        model.put("clerk", actor().role() == Role.PANEL);
        model.putIfAbsent("form", PageForm.empty());
    }

    private PanelSitting known(String panelId) {
        PanelSitting sitting = panels.one(panelId);
        if (sitting == null) {
            throw new NotFoundException("No panel sitting " + panelId + " is known.");
        }
        return sitting;
    }

    private static Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }

    private static String path(String panelId, String what) {
        return "/api/panels/" + UriUtils.encodePathSegment(panelId, StandardCharsets.UTF_8) + "/" + what;
    }
}
