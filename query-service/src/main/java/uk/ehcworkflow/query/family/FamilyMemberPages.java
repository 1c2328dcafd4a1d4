package uk.ehcworkflow.query.family;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.MailException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import uk.ehcworkflow.events.assessment.AdviceFileType;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.DisputeLetterSent;
import uk.ehcworkflow.events.plan.PlanLetterSent;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.privacy.ContactDigest;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.platform.security.SecurityProperties;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.dispute.DisputeReader;
import uk.ehcworkflow.query.letter.AreaDetails;
import uk.ehcworkflow.query.letter.LetterReads;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.CommandRefused;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;
import uk.ehcworkflow.query.plan.PlanReader;
import uk.ehcworkflow.query.plan.PlanState;
import uk.ehcworkflow.query.plan.PlanTimeline;

/**
 * The family's own pages (ADR 43): signing in with an emailed link or code, their cases, each case
 * as {@link FamilyView} tells it with the letters sent to them, and answering a draft plan. Every
 * case page they open is recorded as read; any case not theirs is not found.
 */
@PageController
class FamilyMemberPages {

    private static final Logger log = LoggerFactory.getLogger(FamilyMemberPages.class);

    private final FamilySignIns signIns;
    private final FamilyCases cases;
    private final ChildDetails children;
    private final AreaDetails area;
    private final AccessLog accessLog;
    private final CommandApi commands;
    private final AssessmentReader assessments;
    private final LetterReads letters;
    private final DisputeReader disputes;
    private final Clock clock;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final boolean byIdentityProvider;
    private final PlanReader plans;
    private final FamilyArrivals arrivals;

    FamilyMemberPages(FamilySignIns signIns, FamilyCases cases, ChildDetails children, AreaDetails area, AccessLog accessLog,
                      CommandApi commands, AssessmentReader assessments, LetterReads letters, DisputeReader disputes,
                      Clock clock, SecurityProperties security, PlanReader plans, FamilyArrivals arrivals) {
        this.signIns = signIns;
        this.cases = cases;
        this.children = children;
        this.area = area;
        this.accessLog = accessLog;
        this.commands = commands;
        this.assessments = assessments;
        this.letters = letters;
        this.disputes = disputes;
        this.clock = clock;
        this.byIdentityProvider = security.mode() == SecurityProperties.Mode.JWT;
        this.plans = plans;
        this.arrivals = arrivals;
    }

    /** Where families sign in at the area's identity provider, the page sends them there, and no link or code is emailed (ADR 47). */
    @GetMapping("/family/sign-in")
    String signIn(Model model) {
        model.addAttribute("form", PageForm.empty());
        model.addAttribute("identityProvider", byIdentityProvider
                ? "/oauth2/authorization/" + FamilyIdentityProvider.REGISTRATION : null);
        return "family/sign-in";
    }

    private void requireEmailedSignIn() {
        if (byIdentityProvider) {
            throw new NotFoundException("Families sign in here through the area's own sign-in, not by an emailed link.");
        }
    }

    /** Says the same whether or not the address holds an invitation: the page tells no one who is invited. */
    @PostMapping("/family/sign-in")
    ModelAndView sendLink(@RequestParam MultiValueMap<String, String> input, HttpServletRequest request) {
        requireEmailedSignIn();
        PageForm form = PageForm.of(input);
        String email = form.value("email").strip();
        if (!ContactDigest.isAddress(email)) {
            return again(form, "email", "Enter an email address in the correct format, like name@example.com");
        }
        try {
            signIns.start(email, request.getSession(true).getId());
        } catch (MailException unsent) {
            log.warn("A family sign-in email could not be sent: {}", unsent.getClass().getSimpleName());
            return again(form, "email", "We could not send the email just now. Try again in a few minutes.");
        }
        ModelAndView page = new ModelAndView("family/check-email");
        page.addObject("form", PageForm.empty());
        return page;
    }

    private static ModelAndView again(PageForm form, String field, String message) {
        ModelAndView page = new ModelAndView("family/sign-in", HttpStatus.BAD_REQUEST);
        page.addObject("form", form);
        page.addObject("errors", List.of(PageForm.FormError.on(field, message)));
        return page;
    }

    /** The link only shows a button: mail scanners that open links must not use up the sign-in. */
    @GetMapping("/family/sign-in/{token}")
    String link(@PathVariable String token, Model model) {
        requireEmailedSignIn();
        model.addAttribute("token", token);
        return "family/link";
    }

    @PostMapping("/family/sign-in/{token}")
    ModelAndView signInByLink(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        requireEmailedSignIn();
        return signIns.byLink(token).map(digest -> signedIn(digest, request, response))
                .orElseGet(() -> new ModelAndView("family/link-used", HttpStatus.BAD_REQUEST));
    }

    @PostMapping("/family/sign-in/code")
    ModelAndView signInByCode(@RequestParam MultiValueMap<String, String> input, HttpServletRequest request,
                              HttpServletResponse response) {
        requireEmailedSignIn();
        PageForm form = PageForm.of(input);
        return signIns.byCode(request.getSession(true).getId(), form.value("code")).map(digest -> signedIn(digest, request, response))
                .orElseGet(() -> {
                    ModelAndView page = new ModelAndView("family/check-email", HttpStatus.BAD_REQUEST);
                    page.addObject("form", form);
                    page.addObject("errors", List.of(PageForm.FormError.on("code", "The code is not right, or has expired. "
                            + "Check the latest email we sent, or ask for a new one.")));
                    return page;
                });
    }

    /** A new session for the family member, known by their address's keyed hash, who then arrives as any sign-in does. */
    private ModelAndView signedIn(String digest, HttpServletRequest request, HttpServletResponse response) {
        Actor member = Actor.familyMember(digest);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member.user(), null,
                List.of(new SimpleGrantedAuthority(Role.FAMILY.authority()))));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        arrivals.arrived(digest, request);
        return new ModelAndView("redirect:/family");
    }

    @GetMapping("/family")
    String ownCases(Model model) {
        Actor member = signedIn();
        List<FamilyCases.Held> held = member.contactDigest().map(cases::heldBy).orElse(List.of());
        model.addAttribute("cases", held.stream().map(one -> Map.of("id", one.timeline().assessmentId(),
                "reference", String.valueOf(one.timeline().reference()),
                "child", children.of(one.timeline(), member))).toList());
        return "family/cases";
    }

    /** A dispute of the family's case as their page shows it: mediation asked for, or theirs to ask for. */
    public record Mediation(String disputeId, AppealableDecision decision, LocalDate requestedOn, LocalDate arrangedBy,
                     boolean mayAsk) {

        /** The decision in the family's words, after "our". */
        public String about() {
            return switch (decision) {
                case DECISION_NOT_TO_ASSESS -> "decision not to carry out an assessment";
                case DECISION_NOT_TO_ISSUE -> "decision not to issue an EHC plan";
                case FINAL_PLAN_ISSUED -> "final EHC plan";
                case REVIEW_MAINTAIN -> "decision after the annual review to keep the plan as it is";
                case REVIEW_CEASE, DECISION_TO_CEASE -> "decision to stop the EHC plan";
                case DECISION_NOT_TO_AMEND -> "decision not to change the EHC plan";
                case AMENDED_PLAN_ISSUED -> "amended EHC plan";
                case REASSESSMENT_REFUSED -> "decision not to carry out a re-assessment";
                case REASSESSED_PLAN_ISSUED -> "EHC plan after the re-assessment";
            };
        }
    }

    private List<Mediation> mediations(String assessmentId) {
        return disputes.ofCase(assessmentId, clock.instant()).stream()
                .filter(dispute -> dispute.adviserContactedOn() != null)
                .map(dispute -> new Mediation(dispute.disputeId(), dispute.decision(), dispute.mediationRequestedOn(),
                        dispute.mediationDueBy(), dispute.mediationRequestedOn() == null && dispute.certificate() == null))
                .toList();
    }

    @GetMapping("/family/cases/{assessmentId}")
    String ownCase(@PathVariable String assessmentId, @RequestParam(required = false) String done, HttpServletRequest request,
                   Model model) {
        Actor member = signedIn();
        FamilyCases.Held held = cases.own(member, assessmentId);
        model.addAttribute("doneHeading", "draft-answered".equals(done) ? "Thank you: we have your answer"
                : "mediation".equals(done) ? "We have your request for mediation"
                : "advice".equals(done) ? "Thank you: we have your views"
                : "amendments-answered".equals(done) ? "Thank you: we have your answer" : null);
        model.addAttribute("mediations", mediations(assessmentId));
        accessLog.caseViewed(assessmentId, "family's own page", request);
        PlanTimeline plan = plans.current(assessmentId);
        model.addAttribute("view", FamilyView.of(held.timeline(), plan, disputes.aboutCase(assessmentId), LocalDate.now(clock)));
        PlanState.Review amending = amendmentsToAnswer(plan).orElse(null);
        model.addAttribute("amendmentsToAnswer", amending);
        LocalDate answerBy = amending == null ? null
                : StatutoryCalendar.earliestAmendedPlan(amending.noticeSentOn()).minusDays(1);
        model.addAttribute("amendmentsAnswerBy", answerBy == null || answerBy.isBefore(LocalDate.now(clock)) ? null : answerBy);
        model.addAttribute("caseId", assessmentId);
        model.addAttribute("child", children.of(held.timeline(), member));
        model.addAttribute("area", area);
        model.addAttribute("own", true);
        model.addAttribute("draftToAnswer", held.timeline().draftAnswerDue().orElse(null));
        model.addAttribute("adviceOpen", held.timeline().isOpen());
        model.addAttribute("form", PageForm.empty());
        return "family/case";
    }

    /** A letter recorded as sent to them, as it was sent. */
    @GetMapping("/family/cases/{assessmentId}/letters/{step}")
    @ResponseBody
    ResponseEntity<byte[]> letter(@PathVariable String assessmentId, @PathVariable int step, HttpServletRequest request) {
        FamilyCases.Held held = cases.own(signedIn(), assessmentId);
        LocalDate sentOn = held.timeline().letterSent(step).orElseThrow(() -> new NotFoundException("No letter " + step
                + " was sent to you on this case.")).sentOn();
        return downloaded(letters.pdf(assessmentId + "." + step, sentOn, request), "letter-" + step + ".pdf");
    }

    /** To keep: a family downloads its letters, where an officer reads them in the browser. */
    private static ResponseEntity<byte[]> downloaded(ResponseEntity<byte[]> pdf, String filename) {
        return ResponseEntity.ok().headers(headers -> {
            headers.putAll(pdf.getHeaders());
            headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
        }).body(pdf.getBody());
    }

    /** A letter of the plan their case's final plan began, recorded as sent to them, as it was sent (ADR 44). */
    @GetMapping("/family/cases/{assessmentId}/plan-letters/{event}")
    @ResponseBody
    ResponseEntity<byte[]> planLetter(@PathVariable String assessmentId, @PathVariable int event, HttpServletRequest request) {
        cases.own(signedIn(), assessmentId);
        PlanTimeline plan = plans.current(assessmentId);
        PlanLetterSent sent = plan == null ? null : plan.facts().stream()
                .filter(fact -> fact.event() instanceof PlanLetterSent letter && letter.event() == event)
                .map(fact -> (PlanLetterSent) fact.event()).findFirst().orElse(null);
        if (sent == null) {
            throw new NotFoundException("No letter " + event + " of the plan was sent to you.");
        }
        return downloaded(letters.pdf(assessmentId + ".p" + event, sent.sentOn(), request), "plan-letter-" + event + ".pdf");
    }

    /** A letter of a dispute about their case or its plan, recorded as sent to them, as it was sent (ADR 48). */
    @GetMapping("/family/cases/{assessmentId}/disputes/{disputeId}/letters/{event}")
    @ResponseBody
    ResponseEntity<byte[]> disputeLetter(@PathVariable String assessmentId, @PathVariable String disputeId, @PathVariable int event,
                                         HttpServletRequest request) {
        cases.own(signedIn(), assessmentId);
        DisputeLetterSent sent = disputes.aboutCase(assessmentId).stream()
                .filter(dispute -> dispute.disputeId().equals(disputeId)).flatMap(dispute -> dispute.facts().stream())
                .filter(fact -> fact.event() instanceof DisputeLetterSent letter && letter.event() == event)
                .map(fact -> (DisputeLetterSent) fact.event()).findFirst()
                .orElseThrow(() -> new NotFoundException("No letter " + event + " of that dispute was sent to you."));
        return downloaded(letters.pdf(disputeId + ".d" + event, sent.sentOn(), request), "dispute-letter-" + event + ".pdf");
    }

    /** The family's answer to the draft: recorded by the command service, as them, under the officer's own rules. */
    @PostMapping("/family/cases/{assessmentId}/draft-response")
    ModelAndView answerDraft(@PathVariable String assessmentId, @RequestParam MultiValueMap<String, String> input,
                             HttpServletRequest request, Model model) {
        FamilyCases.Held held = cases.own(signedIn(), assessmentId);
        PageForm form = PageForm.of(input);
        return FormPosts.send(() -> {
            if (form.value("requests").isBlank()) {
                throw new CommandRefused(400, "requests", null, "Choose what you would like to happen next");
            }
            commands.post("/api/family/cases/" + encoded(assessmentId) + "/draft-response", Map.of("requests",
                    form.value("requests")));
            assessments.awaitChange(assessmentId, held.timeline().lastSequence());
            return "/family/cases/" + encoded(assessmentId) + "?done=draft-answered";
        }, refused -> cases.own(signedIn(), assessmentId).timeline().draftAnswerDue().isEmpty()
                // answered already (a second click, another tab): nothing is left to answer, so the page says so itself
                ? new ModelAndView("redirect:/family/cases/" + encoded(assessmentId))
                : again(assessmentId, refused, form, "requests", request, model));
    }

    /**
     * The family's views and advice, with a file if they choose one (reg 6(1)(a); ADR 45): sent to the
     * command service, which checks the file by its bytes and keeps it sealed. A file too large is
     * refused here, before it is sent on.
     */
    @PostMapping("/family/cases/{assessmentId}/advice")
    ModelAndView giveAdvice(@PathVariable String assessmentId, @RequestParam MultiValueMap<String, String> input,
                            @RequestParam(required = false) MultipartFile file, HttpServletRequest request, Model model) {
        FamilyCases.Held held = cases.own(signedIn(), assessmentId);
        PageForm form = PageForm.of(input);
        return FormPosts.send(() -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("views", form.value("views"));
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > AdviceFileType.MAX_BYTES) {
                    throw new CommandRefused(400, "file", null, "The file must be 10 MB or smaller.");
                }
                body.put("fileName", file.getOriginalFilename());
                body.put("file", Base64.getEncoder().encodeToString(bytes(file)));
            }
            commands.post("/api/family/cases/" + encoded(assessmentId) + "/advice", body);
            assessments.awaitChange(assessmentId, held.timeline().lastSequence());
            return "/family/cases/" + encoded(assessmentId) + "?done=advice";
        }, refused -> again(assessmentId, refused, form, "views", request, model));
    }

    /** The plan's latest review, when it proposed amendments the family has not answered and no outcome came yet (reg 22). */
    private static Optional<PlanState.Review> amendmentsToAnswer(PlanTimeline plan) {
        if (plan == null || !plan.exists() || plan.state().reviews().isEmpty()) {
            return Optional.empty();
        }
        List<PlanState.Review> reviews = plan.state().reviews();
        PlanState.Review latest = reviews.get(reviews.size() - 1);
        return latest.decision() == ReviewDecision.AMEND && latest.amendmentResponseOn() == null
                && latest.amendmentOutcomeOn() == null ? Optional.of(latest) : Optional.empty();
    }

    /** The family's answer to proposed amendments to their plan: recorded as them, under the officer's rules (ADR 43). */
    @PostMapping("/family/cases/{assessmentId}/amendment-response")
    ModelAndView answerAmendments(@PathVariable String assessmentId, @RequestParam MultiValueMap<String, String> input,
                                  HttpServletRequest request, Model model) {
        cases.own(signedIn(), assessmentId);
        PlanTimeline plan = plans.current(assessmentId);
        if (amendmentsToAnswer(plan).isEmpty()) {
            throw new NotFoundException("No proposed amendments of your plan wait for your answer.");
        }
        PageForm form = PageForm.of(input);
        return FormPosts.send(() -> {
            if (form.value("requests").isBlank()) {
                throw new CommandRefused(400, "requests", null, "Choose what you would like to happen next");
            }
            commands.post("/api/family/plans/" + encoded(assessmentId) + "/amendment-response", Map.of("requests",
                    form.value("requests")));
            plans.awaitChange(assessmentId, plan.lastSequence());
            return "/family/cases/" + encoded(assessmentId) + "?done=amendments-answered";
        }, refused -> again(assessmentId, refused, form, "requests", request, model));
    }

    /** The family's word that they want mediation, on a dispute of this case: recorded as them, dated today (reg 37). */
    @PostMapping("/family/cases/{assessmentId}/disputes/{disputeId}/mediation-request")
    ModelAndView askForMediation(@PathVariable String assessmentId, @PathVariable String disputeId, HttpServletRequest request,
                                 Model model) {
        cases.own(signedIn(), assessmentId);
        if (mediations(assessmentId).stream().noneMatch(mediation -> mediation.disputeId().equals(disputeId))) {
            throw new NotFoundException("No dispute " + disputeId + " of this case is yours to see.");
        }
        long before = disputes.current(disputeId).lastSequence();
        return FormPosts.send(() -> {
            commands.post("/api/family/disputes/" + encoded(disputeId) + "/mediation-request", Map.of());
            disputes.awaitChange(disputeId, before);
            return "/family/cases/" + encoded(assessmentId) + "?done=mediation";
        }, refused -> again(assessmentId, refused, PageForm.empty(), "mediation-" + disputeId, request, model));
    }

    /** The family's page again, with what was refused at the top and beside its field. */
    private ModelAndView again(String assessmentId, CommandRefused refused, PageForm form, String field,
                               HttpServletRequest request, Model model) {
        ownCase(assessmentId, null, request, model);
        ModelAndView page = new ModelAndView("family/case", HttpStatus.valueOf(refused.status()));
        page.addAllObjects(model.asMap());
        page.addObject("form", form);
        page.addObject("errors", List.of(form.errorFor(refused, field)));
        return page;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Actor signedIn() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }

    private static String encoded(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
