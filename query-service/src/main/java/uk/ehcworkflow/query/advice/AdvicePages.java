package uk.ehcworkflow.query.advice;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AdviceRequest;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageNumbers;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;

/**
 * Agency staff's pages: their own agency's advice requests, outstanding first with due dates, and
 * a form to give the advice. Another agency's request is "page not found", whatever its address.
 */
@PageController
class AdvicePages {

    private final AssessmentReader assessments;
    private final ChildDetails children;
    private final CommandApi commands;
    private final Clock clock;

    AdvicePages(AssessmentReader assessments, ChildDetails children, CommandApi commands, Clock clock) {
        this.assessments = assessments;
        this.children = children;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * The agency's requests, outstanding first (soonest due), then those given (latest first), a
     * page at a time: read from the advice requests kept by agency, and only the page's cases opened
     * to name their children.
     */
    @GetMapping("/advice")
    String list(@RequestParam Map<String, String> query, Model model) {
        Actor actor = actor();
        LocalDate today = LocalDate.now(clock);
        Paging paging = PageNumbers.asked(query);
        int upToThisPage = paging.page() * paging.size();
        // one more than the pages so far, to know whether there is a next
        List<AdviceRequest> requests = assessments.adviceRequests(agency(actor), upToThisPage + 1);
        List<AdviceRequest> shown = paging.slice(requests.subList(0, Math.min(requests.size(), upToThisPage)));
        List<AssessmentTimeline> cases = new ArrayList<>(assessments.byIds(
                shown.stream().map(AdviceRequest::assessmentId).distinct().toList()).values());
        Map<String, Child> named = children.ofAll(cases, actor);
        model.addAttribute("requests", shown.stream()
                .map(request -> AgencyAdvice.of(request, named.get(request.assessmentId()), today)).toList());
        model.addAttribute("agency", agency(actor));
        model.addAttribute("done", query.get("done"));
        model.addAttribute("paging", paging);
        PageNumbers.links(model, "/advice", query, paging, requests.size());
        return "advice/list";
    }

    @GetMapping("/advice/{assessmentId}/{adviceRequestId}")
    String form(@PathVariable String assessmentId, @PathVariable String adviceRequestId, Model model) {
        model.addAttribute("request", ownRequest(assessmentId, adviceRequestId));
        model.addAttribute("form", PageForm.empty());
        return "advice/submit";
    }

    @PostMapping("/advice/{assessmentId}/{adviceRequestId}")
    ModelAndView submit(@PathVariable String assessmentId, @PathVariable String adviceRequestId,
                        @RequestParam MultiValueMap<String, String> input, HttpServletRequest request) {
        AgencyAdvice advice = ownRequest(assessmentId, adviceRequestId);
        long before = assessments.current(assessmentId).lastSequence();
        PageForm form = PageForm.of(input, "submittedOn");
        return FormPosts.send(() -> {
            commands.post("/api/assessments/" + UriUtils.encodePathSegment(assessmentId, StandardCharsets.UTF_8)
                    + "/advice-requests/" + UriUtils.encodePathSegment(adviceRequestId, StandardCharsets.UTF_8)
                    + "/submission", form.body("submittedOn", "summary"));
            assessments.awaitChange(assessmentId, before);
            return "/advice?done=" + UriUtils.encodeQueryParam(
                    advice.reference() == null ? assessmentId : advice.reference(), StandardCharsets.UTF_8);
        }, refused -> FormPosts.again("advice/submit", refused, form, "submittedOn").addObject("request", advice));
    }

    /** The request, if it is this agency's: another agency's is as good as unknown. */
    private AgencyAdvice ownRequest(String assessmentId, String adviceRequestId) {
        Actor actor = actor();
        AssessmentTimeline timeline = assessments.current(assessmentId);
        if (timeline == null) {
            throw new NotFoundException("No assessment " + assessmentId + " is known.");
        }
        return AgencyAdvice.of(agency(actor), List.of(timeline), children.ofAll(List.of(timeline), actor), LocalDate.now(clock))
                .stream().filter(advice -> advice.adviceRequestId().equals(adviceRequestId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Your agency was not asked for advice " + adviceRequestId + "."));
    }

    private static Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }

    private static Agency agency(Actor actor) {
        return Agency.valueOf(actor.agency());
    }
}
