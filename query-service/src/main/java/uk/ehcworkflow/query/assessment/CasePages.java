package uk.ehcworkflow.query.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.pages.ChildProfileForm;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.ErasureQuestion;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageFilters;
import uk.ehcworkflow.query.pages.PageForm;
import uk.ehcworkflow.query.pages.PageNumbers;

/**
 * A case officer's pages for one case: log a new request, find a case by reference, and the case
 * page with its timeline, due dates, advice, exceptions and panel decisions, and a form for each
 * step the rules would accept next. Every form is sent to the command service's API as it was
 * typed; a refusal comes back as a GOV.UK error summary with the input kept.
 */
@PageController
class CasePages {


    private final AssessmentReader assessments;
    private final CommandApi commands;
    private final Clock clock;
    private final ChildRecordReads reads;
    private final ChildIndexReader childIndex;

    CasePages(AssessmentReader assessments, CommandApi commands, Clock clock, ChildRecordReads reads, ChildIndexReader childIndex) {
        this.assessments = assessments;
        this.commands = commands;
        this.clock = clock;
        this.reads = reads;
        this.childIndex = childIndex;
    }

    /** Finds a case by its reference, or lists the cases whose child has names beginning with each word typed, found by the child index (ADR 38). */
    @GetMapping("/cases")
    String find(@RequestParam Map<String, String> query, HttpServletRequest request, Model model) {
        String q = query.get("q");
        if (q == null || q.isBlank()) {
            return "assessment/find";
        }
        String wanted = q.strip();
        model.addAttribute("q", wanted);
        if (AssessmentReader.isReference(wanted)) {
            String reference = wanted.toUpperCase(Locale.UK);
            return assessments.byReference(reference).map(found -> "redirect:/cases/" + found.assessmentId()).orElseGet(() -> {
                model.addAttribute("errors", List.of(PageForm.FormError.on("q", "No case has the reference " + reference + ". Check the reference, or search by the child's name.")));
                return "assessment/find";
            });
        }
        if (!ChildIndex.searchable(wanted)) {
            model.addAttribute("errors", List.of(PageForm.FormError.on("q",
                    "Enter a case reference, or at least " + ChildIndex.INDEXED_LETTERS + " letters of one of the child's names.")));
            return "assessment/find";
        }
        Actor actor = actor();
        LocalDate today = LocalDate.now(clock);
        Collection<AssessmentTimeline> candidates = assessments.childrenOf(childIndex.mayBeNamed(ChildIndex.CASES, wanted)).values();
        Map<String, Child> named = reads.children().ofAll(List.copyOf(candidates), actor);
        List<String> found = candidates.stream()
                .filter(timeline -> named.get(timeline.assessmentId()).shown()
                        && ChildIndex.matches(named.get(timeline.assessmentId()).name(), wanted))
                .sorted(Comparator.comparing(AssessmentTimeline::reference, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(AssessmentTimeline::assessmentId).toList();
        Paging paging = PageNumbers.asked(query);
        List<String> page = paging.slice(found);
        Map<String, AssessmentTimeline> opened = assessments.byIds(page);
        List<AssessmentTimelineView> shown = page.stream().filter(opened::containsKey)
                .map(id -> AssessmentTimelineView.of(opened.get(id), today, named.get(id), List.of()))
                .toList();
        shown.forEach(view -> reads.accessLog().caseViewed(view.assessmentId(), "search by name", request));
        model.addAttribute("found", shown);
        model.addAttribute("total", found.size());
        PageNumbers.links(model, "/cases", query, paging, found.size());
        return "assessment/find";
    }

    @GetMapping("/cases/new")
    String newRequest(Model model) {
        model.addAttribute("form", PageForm.empty());
        model.addAttribute("sources", RequestSource.values());
        return "assessment/new";
    }

    @PostMapping("/cases/new")
    ModelAndView logRequest(@RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input, "dateOfBirth", "requestReceivedOn");
        return FormPosts.send(() -> {
            String assessmentId = commands.post("/api/assessments",
                    form.body("childName", "dateOfBirth", "requestReceivedOn", "requestSource")).path("assessmentId").asText();
            assessments.awaitChange(assessmentId, 0); // opened, and its reference assigned
            return "/cases/" + assessmentId + "?done=opened";
        }, refused -> FormPosts.again("assessment/new", refused, form, "childName").addObject("sources", RequestSource.values()));
    }

    /** The case as it stands or, with {@code asOf}, as it was known at the end of that day, rebuilt from its events. */
    @GetMapping("/cases/{assessmentId}")
    String casePage(@PathVariable String assessmentId, @RequestParam(required = false) String done,
                    @RequestParam Map<String, String> query, HttpServletRequest request, Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        Instant knownAt = filters.endOfDay("asOf", clock.getZone());
        model.addAttribute("filters", filters.typed());
        filters.show(model, response);
        if (knownAt == null) {
            fill(model.asMap(), assessmentId, request);
            model.addAttribute("done", done);
            return "assessment/case";
        }
        AssessmentTimeline rebuilt = assessments.rebuild(assessmentId, knownAt);
        if (!rebuilt.isOpened()) {
            throw new NotFoundException("Assessment " + assessmentId + " had not been recorded by " + knownAt + ".");
        }
        reads.accessLog().caseViewed(assessmentId, "case page as known at " + knownAt, request);
        Actor actor = actor();
        model.addAttribute("case", AssessmentTimelineView.of(rebuilt, knownAt.atZone(clock.getZone()).toLocalDate(),
                reads.children().of(rebuilt, actor), reads.disputes().ofCase(assessmentId, knownAt)));
        model.addAttribute("knownAt", PageFilters.day(knownAt, clock.getZone()));
        model.addAttribute("form", PageForm.empty());
        model.addAttribute("officer", false);
        model.addAttribute("admin", false);
        model.addAttribute("auditor", actor.mayAudit());
        return "assessment/case";
    }

    @PostMapping("/cases/{assessmentId}/milestones")
    ModelAndView recordMilestone(@PathVariable String assessmentId, @RequestParam MultiValueMap<String, String> input,
                                 HttpServletRequest request) {
        PageForm form = PageForm.of(input, "occurredOn");
        return send(assessmentId, "milestone", form, "milestone", request, () -> commands.post(
                "/api/assessments/" + assessmentId + "/milestones", form.body("milestone", "occurredOn", "note", "requests")));
    }

    @PostMapping("/cases/{assessmentId}/advice-requests")
    ModelAndView requestAdvice(@PathVariable String assessmentId, @RequestParam MultiValueMap<String, String> input,
                               HttpServletRequest request) {
        PageForm form = PageForm.of(input, "requestedOn");
        return send(assessmentId, "advice", form, "agency", request, () -> commands.post(
                "/api/assessments/" + assessmentId + "/advice-requests", form.body("agency", "requestedOn")));
    }

    /** An officer records advice that reached them on paper or by email, for the agency that gave it. */
    @PostMapping("/cases/{assessmentId}/advice-submissions")
    ModelAndView submitAdvice(@PathVariable String assessmentId, @RequestParam MultiValueMap<String, String> input,
                              HttpServletRequest request) {
        PageForm form = PageForm.of(input, "submittedOn");
        String adviceRequestId = UriUtils.encodePathSegment(form.value("adviceRequest"), StandardCharsets.UTF_8);
        return send(assessmentId, "submission", form, "adviceRequest", request, () -> commands.post(
                "/api/assessments/" + assessmentId + "/advice-requests/" + adviceRequestId + "/submission",
                form.body("submittedOn", "summary")));
    }

    @PostMapping("/cases/{assessmentId}/exceptions")
    ModelAndView recordException(@PathVariable String assessmentId, @RequestParam MultiValueMap<String, String> input,
                                 HttpServletRequest request) {
        PageForm form = PageForm.of(input, "from", "to").anchor("note", "evidence");
        return send(assessmentId, "exception", form, "deadline", request, () -> commands.post(
                "/api/assessments/" + assessmentId + "/exceptions",
                form.body("deadline", "reason", "adviceRequestId", "from", "to", "note")));
    }

    /** The child's details the returns ask for; only those given change. */
    @PostMapping("/cases/{assessmentId}/child")
    ModelAndView recordChild(@PathVariable String assessmentId, @RequestParam MultiValueMap<String, String> input,
                             HttpServletRequest request) {
        PageForm form = PageForm.of(input);
        return send(assessmentId, "child", form, "sex", request, () -> commands.put(
                "/api/assessments/" + assessmentId + "/child", form.body(ChildProfileForm.FIELDS.toArray(String[]::new))));
    }

    /** Moves the case to another officer's caseload. */
    @PostMapping("/cases/{assessmentId}/assignment")
    ModelAndView assign(@PathVariable String assessmentId, @RequestParam MultiValueMap<String, String> input,
                        HttpServletRequest request) {
        PageForm form = PageForm.of(input);
        return send(assessmentId, "assignment", form, "officer", request, () -> commands.put(
                "/api/assessments/" + assessmentId + "/assignment", form.body("officer", "team")));
    }

    /** Sends one form's command; on success shows the case once the read side has it, on refusal the form again. */
    private ModelAndView send(String assessmentId, String formName, PageForm form, String firstField,
                              HttpServletRequest request, Runnable command) {
        AssessmentTimeline before = known(assessmentId);
        return FormPosts.send(() -> {
            command.run();
            assessments.awaitChange(assessmentId, before.lastSequence());
            return "/cases/" + assessmentId + "?done=" + formName;
        }, refused -> {
            ModelAndView page = FormPosts.again("assessment/case", refused, form, firstField).addObject("failedForm", formName);
            fill(page.getModelMap(), assessmentId, request);
            return page;
        });
    }

    private void fill(Map<String, Object> model, String assessmentId, HttpServletRequest request) {
        AssessmentTimeline timeline = known(assessmentId);
        reads.accessLog().caseViewed(assessmentId, "case page", request);
        Actor actor = actor();
        Child child = reads.children().of(timeline, actor);
        model.put("case", AssessmentTimelineView.of(timeline, LocalDate.now(clock), child, reads.disputes().ofCase(assessmentId, null)));
        model.put("erasure", child != null && child.erased() ? reads.erasures().of(assessmentId, clock.getZone()).orElse(null) : null);
        model.putIfAbsent("form", PageForm.empty());
        model.put("profile", reads.children().profileOf(timeline.profiles(), actor));
        model.put("inYouthAccommodation", Boolean.TRUE.equals(timeline.inYouthAccommodation()));
        ChildProfileForm.choices(model);
        model.put("admin", actor.mayErase());
        model.put("auditor", actor.mayAudit());
        model.put("assignment", reads.assignments().formFor(actor, timeline.holder()));
        boolean officer = actor.role() == Role.CASE_OFFICER;
        model.put("officer", officer);
        if (officer) {
            JsonNode next = commands.get("/api/assessments/" + assessmentId + "/next-steps");
            List<Milestone> allowed = new ArrayList<>();
            next.path("milestones").forEach(step -> allowed.add(Milestone.valueOf(step.asText())));
            model.put("nextSteps", allowed);
            model.put("caseOpen", next.path("open").asBoolean());
        }
        model.put("agencies", Agency.values());
        model.put("deadlines", Arrays.stream(Deadline.values()).filter(Deadline::ofAnAssessment).toList());
        model.put("reasons", StatutoryException.values());
        model.put("draftResponses", DraftResponse.values());
    }

    /** An administrator erases the child's name and date of birth, giving the reason. */
    @PostMapping("/cases/{assessmentId}/erasure")
    ModelAndView erase(@PathVariable String assessmentId, @RequestParam MultiValueMap<String, String> input,
                       HttpServletRequest request) {
        PageForm form = PageForm.of(input);
        AssessmentTimeline timeline = known(assessmentId);
        String action = "/cases/" + assessmentId + "/erasure";
        String record = "Case " + (timeline.reference() == null ? "" : timeline.reference());
        if (!ErasureQuestion.answered(form)) {
            return ErasureQuestion.ask(action, "/cases/" + assessmentId, record, form);
        }
        return FormPosts.send(() -> {
            commands.post("/api/assessments/" + assessmentId + "/erasure", form.body("reason"));
            assessments.awaitChange(assessmentId, timeline.lastSequence());
            return "/cases/" + assessmentId + "?done=erasure";
        }, refused -> ErasureQuestion.refused(action, "/cases/" + assessmentId, record, form, refused));
    }

    private static Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }

    private AssessmentTimeline known(String assessmentId) {
        AssessmentTimeline timeline = assessments.current(assessmentId);
        if (timeline == null) {
            throw new NotFoundException("No assessment " + assessmentId + " is known.");
        }
        return timeline;
    }
}
