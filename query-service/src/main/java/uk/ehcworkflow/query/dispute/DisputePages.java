package uk.ehcworkflow.query.dispute;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.DisputeStep;
import uk.ehcworkflow.events.dispute.MediationOutcome;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.pages.Assignments;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageFilters;
import uk.ehcworkflow.query.pages.PageForm;
import uk.ehcworkflow.query.pages.PageNumbers;
import uk.ehcworkflow.query.pages.StepForm;
import uk.ehcworkflow.query.pages.StepForms;

/**
 * A case officer's pages for disagreements: everything open, overdue first; recording a dispute
 * about a decision; and the dispute's page with its deadlines and a form for each step the rules
 * would accept next. Like the case pages, every form goes to the command service's API as typed.
 */
@PageController
class DisputePages {

    /**
     * The page's forms, one for each {@link DisputeStep}, which the dispute offers when it would
     * accept it: the API path under the dispute each posts to, and the fields it sends.
     */
    static final StepForms<DisputeStep> FORMS = new StepForms<>(DisputeStep.class, "a dispute's page",
            new StepForm<>(DisputeStep.MEDIATION_REQUESTED, "The family asked for mediation", "mediation-requested",
                    List.of("on"), "on"),
            new StepForm<>(DisputeStep.CERTIFICATE, "The mediation certificate", "certificate",
                    List.of("issuedOn", "mediationHeld", "outcome"), "issuedOn"),
            new StepForm<>(DisputeStep.AGREEMENT, "What mediation agreed", "agreement",
                    List.of("agreedOn", "terms", "appealable", "order"), "agreedOn"),
            new StepForm<>(DisputeStep.APPEAL, "The appeal received", "appeal",
                    List.of("receivedOn", "registeredOn", "grounds"), "receivedOn", "registeredOn"),
            new StepForm<>(DisputeStep.RESPONSE_DUE, "The response's due date the tribunal stated", "response-due",
                    List.of("dueOn"), "dueOn"),
            new StepForm<>(DisputeStep.NOT_OPPOSED, "The local authority will not oppose", "not-opposed", List.of("on"),
                    "on"),
            new StepForm<>(DisputeStep.OUTCOME, "The appeal's outcome", "outcome",
                    List.of("decidedOn", "sentOn", "outcome", "orders"), "decidedOn", "sentOn"),
            new StepForm<>(DisputeStep.ORDER_EXCEPTION, "An exception to an order's time limit", "order-exceptions",
                    List.of("order", "reason", "from", "to", "note"), "from", "to"),
            new StepForm<>(DisputeStep.ORDER_COMPLIANCE, "An order carried out", "compliance",
                    List.of("order", "compliedOn", "step"), "compliedOn"),
            new StepForm<>(DisputeStep.AGREEMENT_COMPLIANCE, "The agreement carried out", "agreement/compliance",
                    List.of("compliedOn", "step"), "compliedOn"));

    private final DisputeReader disputes;
    private final Assignments assignments;
    private final CommandApi commands;
    private final Clock clock;

    DisputePages(DisputeReader disputes, CommandApi commands, Clock clock, Assignments assignments) {
        this.assignments = assignments;
        this.disputes = disputes;
        this.commands = commands;
        this.clock = clock;
    }

    /** Every open appeal window, mediation, appeal, order and agreement, overdue first. */
    @GetMapping("/disputes")
    String open(@RequestParam Map<String, String> query, Model model) {
        OpenDisputes open = disputes.openOn(LocalDate.now(clock));
        Paging paging = PageNumbers.asked(query);
        model.addAttribute("open", open);
        model.addAttribute("shown", paging.slice(open.items()));
        model.addAttribute("paging", paging);
        PageNumbers.links(model, "/disputes", query, paging, open.items().size());
        return "dispute/disputes";
    }

    /** Recording that a family disputes a decision on record: the case or plan, the decision and its letter's date. */
    @GetMapping("/disputes/new")
    String newDispute(@RequestParam MultiValueMap<String, String> input, Model model) {
        PageForm form = PageForm.of(input);
        if (form.value("caseId").isEmpty() || form.value("decision").isEmpty() || form.value("decisionLetterOn").isEmpty()) {
            // reached from a decision's "Record a dispute" link, which names all three
            throw new NotFoundException("A dispute is recorded from the decision it is about, on its case's page.");
        }
        model.addAttribute("form", form);
        return "dispute/new";
    }

    @PostMapping("/disputes/new")
    ModelAndView openDispute(@RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input, "adviserContactedOn").hidden("caseId", "decision", "decisionLetterOn");
        return FormPosts.send(() -> {
            String disputeId = commands.post("/api/disputes",
                    form.body("caseId", "decision", "decisionLetterOn", "adviserContactedOn")).path("disputeId").asText();
            disputes.awaitChange(disputeId, -1);
            return "/disputes/" + disputeId + "?done=disputed";
        }, refused -> FormPosts.again("dispute/new", refused, form, "adviserContactedOn"));
    }

    /** The dispute as it stands or, with {@code asOf}, as it was known at the end of that day, rebuilt from its events. */
    @GetMapping("/disputes/{disputeId}")
    String disputePage(@PathVariable String disputeId, @RequestParam(required = false) String done,
                       @RequestParam Map<String, String> query, @RequestParam(required = false) String step,
                       Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        Instant knownAt = filters.endOfDay("asOf", clock.getZone());
        model.addAttribute("filters", filters.typed());
        filters.show(model, response);
        if (knownAt == null) {
            fill(model.asMap(), disputeId);
            model.addAttribute("done", done);
            FORMS.open(step, model);
            return "dispute/dispute";
        }
        DisputeTimeline rebuilt = disputes.rebuild(disputeId, knownAt);
        if (!rebuilt.exists()) {
            throw new NotFoundException("Dispute " + disputeId + " had not been recorded by " + knownAt + ".");
        }
        model.addAttribute("dispute", DisputeView.of(rebuilt, knownAt.atZone(clock.getZone()).toLocalDate()));
        model.addAttribute("knownAt", PageFilters.day(knownAt, clock.getZone()));
        model.addAttribute("form", PageForm.empty());
        model.addAttribute("officer", false);
        model.addAttribute("auditor", actor().mayAudit());
        return "dispute/dispute";
    }

    /** Moves the dispute to another officer's caseload. */
    @PostMapping("/disputes/{disputeId}/assignment")
    ModelAndView assign(@PathVariable String disputeId, @RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input);
        DisputeTimeline before = known(disputeId);
        return FormPosts.send(() -> {
            commands.put("/api/disputes/" + UriUtils.encodePathSegment(disputeId, StandardCharsets.UTF_8) + "/assignment",
                    form.body("officer", "team"));
            disputes.awaitChange(disputeId, before.lastSequence());
            return "/disputes/" + disputeId + "?done=assignment";
        }, refused -> {
            ModelAndView page = FormPosts.again("dispute/dispute", refused, form, "officer");
            fill(page.getModelMap(), disputeId);
            return page;
        });
    }

    @PostMapping("/disputes/{disputeId}/{step}")
    ModelAndView record(@PathVariable String disputeId, @PathVariable String step,
                        @RequestParam MultiValueMap<String, String> input) {
        StepForm<DisputeStep> stepForm = FORMS.ofSlug(step);
        PageForm form = PageForm.of(input, stepForm.dates()).lists("grounds", "orders");
        DisputeTimeline before = known(disputeId);
        return FormPosts.send(() -> {
            commands.post("/api/disputes/" + UriUtils.encodePathSegment(disputeId, StandardCharsets.UTF_8) + "/"
                    + stepForm.path(), form.body(stepForm.fields().toArray(String[]::new)));
            disputes.awaitChange(disputeId, before.lastSequence());
            return "/disputes/" + disputeId + "?done=" + stepForm.slug();
        }, refused -> {
            ModelAndView page = FormPosts.again("dispute/dispute", refused, form, stepForm.fields().get(0));
            StepForms.show(stepForm, page.getModelMap());
            fill(page.getModelMap(), disputeId);
            return page;
        });
    }

    private void fill(Map<String, Object> model, String disputeId) {
        DisputeTimeline dispute = known(disputeId);
        Actor actor = actor();
        model.put("dispute", DisputeView.of(dispute, LocalDate.now(clock)));
        model.putIfAbsent("form", PageForm.empty());
        model.put("auditor", actor.mayAudit());
        model.put("assignment", assignments.formFor(actor, dispute.state().holder()));
        boolean officer = actor.role() == Role.CASE_OFFICER;
        model.put("officer", officer);
        if (officer) {
            JsonNode next = commands.get("/api/disputes/" + UriUtils.encodePathSegment(disputeId, StandardCharsets.UTF_8)
                    + "/next-steps");
            List<String> allowed = new ArrayList<>();
            next.path("steps").forEach(each -> allowed.add(each.asText()));
            List<String> outstanding = new ArrayList<>();
            next.path("outstandingOrders").forEach(each -> outstanding.add(each.asText()));
            model.put("nextSteps", allowed);
            model.put("outstandingOrders", outstanding);
            model.put("stepForms", FORMS.all());
        }
        AppealableDecision decision = dispute.state().decision();
        model.put("mediationOutcomes", MediationOutcome.values());
        model.put("grounds", decision.grounds().stream().sorted().toList());
        model.put("appealOutcomes", AppealOutcome.values());
        model.put("orders", decision.orders());
        model.put("complianceSteps", ComplianceStep.values());
        model.put("madeOrders", dispute.state().orders().stream().map(DisputeState.Order::order).toList());
        model.put("orderExceptionReasons", StatutoryException.excusing(Deadline.TRIBUNAL_ORDER));
    }

    private DisputeTimeline known(String disputeId) {
        DisputeTimeline dispute = disputes.current(disputeId);
        if (dispute == null) {
            throw new NotFoundException("No dispute " + disputeId + " is known.");
        }
        return dispute;
    }

    private static Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
