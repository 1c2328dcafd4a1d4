package uk.ehcworkflow.query.plan;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.PhaseTransfer;
import uk.ehcworkflow.events.plan.PlanStep;
import uk.ehcworkflow.events.plan.PlanStream;
import uk.ehcworkflow.events.plan.ResidentialWeeks;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.plan.SenNeed;
import uk.ehcworkflow.events.plan.SenSetting;
import uk.ehcworkflow.platform.caseload.Teams;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.ChildRecordReads;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.pages.ChildProfileForm;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.ErasureQuestion;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageFilters;
import uk.ehcworkflow.query.pages.PageForm;
import uk.ehcworkflow.query.pages.PageNumbers;
import uk.ehcworkflow.query.pages.StepForm;
import uk.ehcworkflow.query.pages.StepForms;

/**
 * A case officer's pages for plans after issue: register a plan from before, the plan's page with
 * its reviews, due dates and a form for each step the rules would accept next, and the plans
 * overdue today. Like the case pages, every form goes to the command service's API as typed.
 */
@PageController
class EhcPlanPages {

    /**
     * The page's forms, one for each {@link PlanStep}, which the plan offers when it would accept
     * it: the API path under the plan each posts to, and the fields it sends.
     */
    /** The steps whose command replaces what it names, and so goes by PUT. */
    private static final Set<PlanStep> REPLACING = EnumSet.of(PlanStep.CHILD_DETAILS, PlanStep.PLACEMENT_END,
            PlanStep.PERSONAL_BUDGET);

    static final StepForms<PlanStep> FORMS = new StepForms<>(PlanStep.class, "a plan's page",
            new StepForm<>(PlanStep.REVIEW_MEETING, "A review meeting held", "review-meetings", List.of("heldOn"), "heldOn"),
            new StepForm<>(PlanStep.REVIEW_DECISION, "The review decision", "review-decisions",
                    List.of("decision", "decidedOn", "noticeSentOn"), "decidedOn", "noticeSentOn"),
            new StepForm<>(PlanStep.AMENDMENT_RESPONSE, "The family's answer to the proposed amendments",
                    "amendment-response", List.of("receivedOn", "requests"), "receivedOn"),
            new StepForm<>(PlanStep.AMENDED_PLAN, "The final amended plan issued", "amended-plans", List.of("issuedOn"),
                    "issuedOn"),
            new StepForm<>(PlanStep.AMENDMENTS_WITHDRAWN, "A decision not to amend after all", "amendments-withdrawn",
                    List.of("decidedOn", "reason"), "decidedOn"),
            new StepForm<>(PlanStep.TRANSFER_NOTICE, "The family told of the plan's transfer", "transfer-notice",
                    List.of("sentOn"), "sentOn"),
            new StepForm<>(PlanStep.PHASE_TRANSFER, "A phase transfer", "phase-transfer",
                    List.of("transfer", "transferYear", "moveOn"), "moveOn"),
            new StepForm<>(PlanStep.PHASE_TRANSFER_PLAN, "The amended plan naming the new setting", "phase-transfer/amended-plan",
                    List.of("issuedOn", "setting"), "issuedOn"),
            new StepForm<>(PlanStep.CESSATION_DECISION, "A decision to cease, outside a review", "cessation-decision",
                    List.of("decidedOn", "reason"), "decidedOn"),
            new StepForm<>(PlanStep.CESSATION, "The plan ceased", "cessation", List.of("ceasedOn", "reason", "leftEducationOn"),
                    "ceasedOn", "leftEducationOn"),
            new StepForm<>(PlanStep.REASSESSMENT_REQUEST, "A request to re-assess", "reassessments", List.of("receivedOn"),
                    "receivedOn"),
            new StepForm<>(PlanStep.REASSESSMENT_DECISION, "The decision whether to re-assess", "reassessments/{r}/decision",
                    List.of("reassess", "decidedOn"), "decidedOn"),
            new StepForm<>(PlanStep.REASSESSMENT_DRAFT, "The re-assessment's draft served", "reassessments/{r}/draft",
                    List.of("servedOn"), "servedOn"),
            new StepForm<>(PlanStep.REASSESSMENT_DRAFT_RESPONSE, "The family's answer to the re-assessment's draft",
                    "reassessments/{r}/draft-response", List.of("receivedOn", "requests"), "receivedOn"),
            new StepForm<>(PlanStep.REASSESSED_PLAN, "The re-assessed plan issued", "reassessments/{r}/final-plan",
                    List.of("issuedOn"), "issuedOn"),
            new StepForm<>(PlanStep.REASSESSMENT_NOT_AMENDED, "A decision not to amend after the re-assessment",
                    "reassessments/{r}/not-amended", List.of("decidedOn"), "decidedOn"),
            new StepForm<>(PlanStep.REASSESSMENT_EXCEPTION, "An exception to the re-assessment's 14 weeks",
                    "reassessments/{r}/exceptions", List.of("deadline", "reason", "from", "to", "note"), "from", "to"),
            new StepForm<>(PlanStep.CHILD_DETAILS, "The child's details for the returns", "child", ChildProfileForm.FIELDS),
            new StepForm<>(PlanStep.NEEDS, "The needs the plan sets out", "needs", List.of("primary", "secondary", "from"),
                    "from"),
            new StepForm<>(PlanStep.PLACEMENT, "Where the plan places the child", "placements",
                    List.of("urn", "ukprn", "setting", "settingOther", "rank", "entryOn", "residential", "workBased", "senUnit",
                            "resourcedProvision"), "entryOn"),
            new StepForm<>(PlanStep.PLACEMENT_END, "The child left a placement", "placements/{p}", List.of("leavingOn"),
                    "leavingOn"),
            new StepForm<>(PlanStep.PERSONAL_BUDGET, "The personal budget", "personal-budget",
                    List.of("agreed", "organisedArrangements", "directPayments", "from"), "from"),
            // an administrator's, on a registered plan: a plan issued here is erased with its case
            new StepForm<>(PlanStep.ERASURE, "The child's personal data erased", "erasure", List.of("reason")));

    private final PlanReader plans;
    private final AssessmentReader assessments;
    private final CommandApi commands;
    private final Clock clock;
    private final ChildRecordReads reads;
    private final PlanChildProfile profiles;

    EhcPlanPages(PlanReader plans, AssessmentReader assessments, CommandApi commands, Clock clock, ChildRecordReads reads,
                 PlanChildProfile profiles) {
        this.profiles = profiles;
        this.plans = plans;
        this.assessments = assessments;
        this.commands = commands;
        this.clock = clock;
        this.reads = reads;
    }

    /** The plans with a deadline past today, most overdue first, and how many reviews have stalled. */
    @GetMapping("/plans")
    String overdue(@RequestParam Map<String, String> query, Model model) {
        LocalDate today = LocalDate.now(clock);
        Paging paging = PageNumbers.asked(query);
        OverduePlans overdue = plans.overdueOn(today, paging);
        List<OverduePlans.Entry> shown = overdue.shown();
        model.addAttribute("overdue", overdue);
        model.addAttribute("shown", shown);
        model.addAttribute("paging", paging);
        PageNumbers.links(model, "/plans", query, paging, overdue.total());
        model.addAttribute("references", assessments.references(shown.stream()
                .map(OverduePlans.Entry::planId).distinct().toList()));
        model.addAttribute("plansInForce", overdue.plansInForce());
        model.addAttribute("officer", actor().role() == Role.CASE_OFFICER);
        return "plan/overdue";
    }

    @GetMapping("/plans/new")
    String newPlan(Model model) {
        model.addAttribute("form", PageForm.empty());
        model.addAttribute("sources", RequestSource.values());
        return "plan/new";
    }

    @PostMapping("/plans/new")
    ModelAndView register(@RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input, "dateOfBirth", "issuedOn", "lastReviewDecisionOn", "transferredInOn",
                "requestReceivedOn");
        return FormPosts.send(() -> {
            String planId = commands.post("/api/plans",
                    form.body("childName", "dateOfBirth", "issuedOn", "lastReviewDecisionOn", "transferredInOn",
                            "fromAuthority", "requestReceivedOn", "requestSource")).path("planId").asText();
            plans.awaitChange(planId, -1);
            return "/plans/" + planId + "?done=registered";
        }, refused -> FormPosts.again("plan/new", refused, form, "childName").addObject("sources", RequestSource.values()));
    }

    /** The plan as it stands or, with {@code asOf}, as it was known at the end of that day, rebuilt from its events. */
    @GetMapping("/plans/{planId}")
    String planPage(@PathVariable String planId, @RequestParam(required = false) String done,
                    @RequestParam Map<String, String> query, @RequestParam(required = false) String step,
                    HttpServletRequest request, Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        Instant knownAt = filters.endOfDay("asOf", clock.getZone());
        model.addAttribute("filters", filters.typed());
        filters.show(model, response);
        if (knownAt == null) {
            fill(model.asMap(), planId, request);
            model.addAttribute("done", done);
            FORMS.open(step, model);
            return "plan/ehc-plan";
        }
        PlanTimeline rebuilt = plans.rebuild(planId, knownAt);
        if (!rebuilt.exists()) {
            throw new NotFoundException("Plan " + planId + " had not been recorded by " + knownAt + ".");
        }
        reads.accessLog().caseViewed(planId, "plan page as known at " + knownAt, request);
        model.addAttribute("plan", view(rebuilt, knownAt.atZone(clock.getZone()).toLocalDate(), knownAt));
        model.addAttribute("reference", assessments.references(List.of(planId)).get(planId));
        model.addAttribute("knownAt", PageFilters.day(knownAt, clock.getZone()));
        model.addAttribute("form", PageForm.empty());
        model.addAttribute("officer", false);
        model.addAttribute("auditor", actor().mayAudit());
        return "plan/ehc-plan";
    }

    /** Moves the plan to another officer's caseload. */
    @PostMapping("/plans/{planId}/assignment")
    ModelAndView assign(@PathVariable String planId, @RequestParam MultiValueMap<String, String> input,
                        HttpServletRequest request) {
        PageForm form = PageForm.of(input);
        PlanTimeline before = known(planId);
        return FormPosts.send(() -> {
            commands.put("/api/plans/" + UriUtils.encodePathSegment(planId, StandardCharsets.UTF_8) + "/assignment",
                    form.body("officer", "team"));
            plans.awaitChange(planId, before.lastSequence());
            return "/plans/" + planId + "?done=assignment";
        }, refused -> {
            ModelAndView page = FormPosts.again("plan/ehc-plan", refused, form, "officer");
            fill(page.getModelMap(), planId, request);
            return page;
        });
    }

    @PostMapping("/plans/{planId}/{step}")
    ModelAndView record(@PathVariable String planId, @PathVariable String step,
                        @RequestParam MultiValueMap<String, String> input, HttpServletRequest request) {
        StepForm<PlanStep> stepForm = FORMS.ofSlug(step);
        PageForm form = PageForm.of(input, stepForm.dates());
        PlanTimeline before = known(planId);
        String action = "/plans/" + planId + "/" + stepForm.slug();
        if (stepForm.step() == PlanStep.ERASURE && !ErasureQuestion.answered(form)) {
            return ErasureQuestion.ask(action, "/plans/" + planId, "Registered plan", form);
        }
        String reassessment = UriUtils.encodePathSegment(form.value("reassessmentId"), StandardCharsets.UTF_8);
        String placement = UriUtils.encodePathSegment(form.value("placementId"), StandardCharsets.UTF_8);
        return FormPosts.send(() -> {
            String path = "/api/plans/" + UriUtils.encodePathSegment(planId, StandardCharsets.UTF_8) + "/"
                    + stepForm.path().replace("{r}", reassessment).replace("{p}", placement);
            Map<String, Object> body = form.body(stepForm.fields().toArray(String[]::new));
            if (REPLACING.contains(stepForm.step())) {
                commands.put(path, body);
            } else {
                commands.post(path, body);
            }
            plans.awaitChange(planId, before.lastSequence());
            return "/plans/" + planId + "?done=" + stepForm.slug();
        }, refused -> {
            if (stepForm.step() == PlanStep.ERASURE) {
                return ErasureQuestion.refused(action, "/plans/" + planId, "Registered plan", form, refused);
            }
            ModelAndView page = FormPosts.again("plan/ehc-plan", refused, form, stepForm.fields().get(0));
            StepForms.show(stepForm, page.getModelMap());
            fill(page.getModelMap(), planId, request);
            return page;
        });
    }

    private void fill(Map<String, Object> model, String planId, HttpServletRequest request) {
        PlanTimeline plan = known(planId);
        reads.accessLog().caseViewed(planId, "plan page", request);
        Actor actor = actor();
        PlanView shown = view(plan, LocalDate.now(clock), null);
        model.put("plan", shown);
        // a plan issued here is erased with its case, whose record says so
        model.put("erasure", shown.child() != null && shown.child().erased()
                ? reads.erasures().of(shown.assessmentId() == null ? PlanStream.of(planId) : shown.assessmentId(), clock.getZone()).orElse(null) : null);
        model.put("reference", assessments.references(List.of(planId)).get(planId));
        model.putIfAbsent("form", PageForm.empty());
        model.put("auditor", actor.mayAudit());
        model.put("assignment", reads.assignments().formFor(actor, plan.state().holder()));
        // coordinators peer-review and managers audit plans' quality (ADR 50)
        model.put("qualityAuditor", Teams.holdsCases(actor.role()));
        boolean officer = actor.role() == Role.CASE_OFFICER;
        model.put("officer", officer);
        if (officer || actor.mayErase()) {
            JsonNode next = commands.get("/api/plans/" + UriUtils.encodePathSegment(planId, StandardCharsets.UTF_8)
                    + "/next-steps");
            List<String> allowed = new ArrayList<>();
            next.path("steps").forEach(each -> {
                if (recordedBy(PlanStep.valueOf(each.asText())) == actor.role()) {
                    allowed.add(each.asText());
                }
            });
            model.put("nextSteps", allowed);
            model.put("stepForms", FORMS.all());
            model.put("reassessmentId", next.path("reassessmentId").isTextual() ? next.path("reassessmentId").asText() : null);
        }
        model.put("decisions", ReviewDecision.values());
        model.put("draftResponses", DraftResponse.values());
        model.put("transfers", PhaseTransfer.values());
        model.put("cessationReasons", CessationReason.values());
        model.put("exceptionReasons", StatutoryException.excusing(Deadline.REASSESSED_PLAN));
        ChildProfileForm.choices(model);
        model.put("senNeeds", SenNeed.values());
        model.put("ranks", List.of(1, 2));
        model.put("settings", SenSetting.values());
        model.put("residentialWeeks", ResidentialWeeks.values());
    }

    /** Who records a step: an administrator erases, a case officer records the rest. */
    private static Role recordedBy(PlanStep step) {
        return step == PlanStep.ERASURE ? Role.ADMIN : Role.CASE_OFFICER;
    }

    private PlanView view(PlanTimeline plan, LocalDate on, Instant knownAt) {
        return PlanView.of(plan, on, reads.children().ofPlans(Map.of(plan.planId(), plan.child()), actor()).get(plan.planId()),
                reads.disputes().ofCase(plan.planId(), knownAt), profiles.of(plan, knownAt, actor()));
    }

    private PlanTimeline known(String planId) {
        PlanTimeline plan = plans.current(planId);
        if (plan == null) {
            throw new NotFoundException("No plan " + planId + " is known.");
        }
        return plan;
    }

    private static Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
