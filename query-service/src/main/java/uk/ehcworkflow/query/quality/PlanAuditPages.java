package uk.ehcworkflow.query.quality;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.AuditorKind;
import uk.ehcworkflow.events.quality.Grade;
import uk.ehcworkflow.events.quality.Score;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;

/**
 * A plan's quality audit on its pages (ADR 50): begun from the plan's page, then each criterion
 * scored against the checklist version it began with, the plan graded, actions agreed and done,
 * and the audit closed. Each form sends the command API's own commands, so its rules decide.
 */
@PageController
class PlanAuditPages {

    private final PlanAuditReader audits;
    private final AuditViews views;
    private final CommandApi commands;
    private final AccessLog accessLog;

    PlanAuditPages(PlanAuditReader audits, AuditViews views, CommandApi commands, AccessLog accessLog) {
        this.audits = audits;
        this.views = views;
        this.commands = commands;
        this.accessLog = accessLog;
    }

    @GetMapping("/plans/{planId}/audits/new")
    String startForm(@PathVariable String planId, Model model) {
        fillStart(model.asMap(), planId, PageForm.empty());
        return "quality/audit-start";
    }

    @PostMapping("/plans/{planId}/audits")
    ModelAndView start(@PathVariable String planId, @RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input, "startedOn").lists("agenciesPresent");
        return FormPosts.send(() -> {
            String auditId = commands.post("/api/plans/" + path(planId) + "/audits",
                    form.body("audited", "auditorKind", "agenciesPresent", "startedOn")).path("auditId").asText();
            audits.awaitChange(auditId, -1);
            return "/plans/" + path(planId) + "/audits/" + path(auditId);
        }, refused -> {
            ModelAndView page = FormPosts.again("quality/audit-start", refused, form, "audited");
            fillStart(page.getModel(), planId, form);
            return page;
        });
    }

    @GetMapping("/plans/{planId}/audits/{auditId}")
    String audit(@PathVariable String planId, @PathVariable String auditId, @RequestParam(required = false) String done,
                 Model model, HttpServletRequest request) {
        fill(model.asMap(), planId, auditId, PageForm.empty(), request);
        model.addAttribute("done", done);
        return "quality/audit";
    }

    /** Every criterion given a score that differs from the one recorded, or a new comment, is scored again, in order. */
    @PostMapping("/plans/{planId}/audits/{auditId}/scores")
    ModelAndView score(@PathVariable String planId, @PathVariable String auditId, @RequestParam MultiValueMap<String, String> input,
                       HttpServletRequest request) {
        PageForm form = PageForm.of(input);
        PlanAuditRecord before = known(planId, auditId);
        AuditViews.AuditView shown = views.view(before);
        String[] current = {null};
        return FormPosts.send(() -> {
            int sent = 0;
            for (AuditViews.CriterionView criterion : shown.criteria()) {
                current[0] = criterion.criterionId();
                String score = form.value("score-" + criterion.criterionId());
                String comment = form.value("comment-" + criterion.criterionId());
                boolean changed = !score.isEmpty() && (!score.equals(String.valueOf(criterion.score()))
                        || !comment.equals(criterion.comment() == null ? "" : criterion.comment()));
                if (changed) {
                    commands.post("/api/audits/" + path(auditId) + "/scores", Map.of("criterionId", criterion.criterionId(),
                            "score", score, "comment", comment));
                    sent++;
                }
            }
            // each score is one event: the page waits for the last of them, so that it shows every one
            audits.awaitChange(auditId, before.lastSequence() + Math.max(sent, 1) - 1);
            return "/plans/" + path(planId) + "/audits/" + path(auditId) + "?done=scores";
        }, refused -> {
            PageForm named = form.sentAs("criterionId", "score-" + current[0]).sentAs("score", "score-" + current[0])
                    .sentAs("comment", "comment-" + current[0]);
            ModelAndView page = FormPosts.again("quality/audit", refused, named, "score-" + current[0]);
            fill(page.getModel(), planId, auditId, named, request);
            return page;
        });
    }

    @PostMapping("/plans/{planId}/audits/{auditId}/grade")
    ModelAndView grade(@PathVariable String planId, @PathVariable String auditId, @RequestParam MultiValueMap<String, String> input,
                       HttpServletRequest request) {
        return step(planId, auditId, "/grade", PageForm.of(input, "gradedOn"), "grade", request, "grade", "gradedOn", "summary");
    }

    @PostMapping("/plans/{planId}/audits/{auditId}/actions")
    ModelAndView agree(@PathVariable String planId, @PathVariable String auditId, @RequestParam MultiValueMap<String, String> input,
                       HttpServletRequest request) {
        return step(planId, auditId, "/actions", PageForm.of(input, "dueBy"), "action", request, "action", "owner", "dueBy");
    }

    @PostMapping("/plans/{planId}/audits/{auditId}/action-done")
    ModelAndView actionDone(@PathVariable String planId, @PathVariable String auditId, @RequestParam MultiValueMap<String, String> input,
                            HttpServletRequest request) {
        PageForm form = PageForm.of(input, "doneOn");
        return step(planId, auditId, "/actions/" + path(form.value("actionId")) + "/done", form, "done", request, "doneOn");
    }

    @PostMapping("/plans/{planId}/audits/{auditId}/closure")
    ModelAndView close(@PathVariable String planId, @PathVariable String auditId, @RequestParam MultiValueMap<String, String> input,
                       HttpServletRequest request) {
        return step(planId, auditId, "/closure", PageForm.of(input, "closedOn"), "closure", request, "closedOn", "reAuditId");
    }

    /** One form, one command: sent, the read model awaited, and back to the audit with its banner; refused, the page again. */
    private ModelAndView step(String planId, String auditId, String command, PageForm form, String done, HttpServletRequest request,
                              String... fields) {
        PlanAuditRecord before = known(planId, auditId);
        return FormPosts.send(() -> {
            commands.post("/api/audits/" + path(auditId) + command, form.body(fields));
            audits.awaitChange(auditId, before.lastSequence());
            return "/plans/" + path(planId) + "/audits/" + path(auditId) + "?done=" + done;
        }, refused -> {
            ModelAndView page = FormPosts.again("quality/audit", refused, form, fields[0]);
            fill(page.getModel(), planId, auditId, form, request);
            return page;
        });
    }

    private PlanAuditRecord known(String planId, String auditId) {
        PlanAuditRecord audit = audits.current(auditId);
        if (audit == null || !audit.planId().equals(planId)) {
            throw new NotFoundException("No audit " + auditId + " of plan " + planId + " is known.");
        }
        return audit;
    }

    private void fill(Map<String, Object> model, String planId, String auditId, PageForm form, HttpServletRequest request) {
        PlanAuditRecord audit = known(planId, auditId);
        accessLog.caseViewed(planId, "plan quality audit page", request);
        model.put("audit", views.view(audit));
        model.put("planId", planId);
        model.putIfAbsent("form", form);
        model.put("scores", Score.values());
        model.put("grades", Grade.values());
        model.put("allScored", audit.scores().keySet().containsAll(audit.criteria()));
    }

    private static void fillStart(Map<String, Object> model, String planId, PageForm form) {
        model.put("planId", planId);
        model.putIfAbsent("form", form);
        model.put("versions", AuditedVersion.values());
        model.put("kinds", AuditorKind.values());
        model.put("agencies", List.of(Agency.values()));
    }

    private static String path(String segment) {
        return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
    }
}
