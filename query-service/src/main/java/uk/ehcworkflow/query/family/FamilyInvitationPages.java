package uk.ehcworkflow.query.family;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import uk.ehcworkflow.events.assessment.Relationship;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.FamilyContacts;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;

/**
 * The officer's side of a family's invitations (ADR 43): who was invited and when, whether they have
 * signed in, how each invitation's email went (sent, being tried again and why, or given up), a form
 * to invite someone, and withdrawing an invitation. The address each went to is opened for those who
 * work the case, so that a mistyped one is seen; reading it is reading the case.
 */
@PageController
class FamilyInvitationPages {

    private final FamilyViews views;
    private final CommandApi commands;
    private final AssessmentReader assessments;
    private final FamilyContacts contacts;
    private final AccessLog accessLog;

    FamilyInvitationPages(FamilyViews views, CommandApi commands, AssessmentReader assessments, FamilyContacts contacts,
                          AccessLog accessLog) {
        this.views = views;
        this.commands = commands;
        this.assessments = assessments;
        this.contacts = contacts;
        this.accessLog = accessLog;
    }

    @GetMapping("/cases/{assessmentId}/family-invitations")
    String invitations(@PathVariable String assessmentId, @RequestParam(required = false) String done,
                       HttpServletRequest request, Model model) {
        AssessmentTimeline timeline = views.timeline(assessmentId);
        model.addAttribute("doneHeading", "invited".equals(done) ? "Invitation sent"
                : "withdrawn".equals(done) ? "Invitation withdrawn" : null);
        model.addAttribute("caseId", assessmentId);
        model.addAttribute("reference", timeline.reference());
        model.addAttribute("invitations", timeline.familyInvitations());
        Map<String, String> addresses = new HashMap<>();
        timeline.familyInvitations().forEach(invitation -> addresses.put(invitation.invitationId(),
                contacts.address(invitation.contact()).orElse("Not known (erased)")));
        model.addAttribute("addresses", addresses);
        accessLog.caseViewed(assessmentId, "the family's invitations", request);
        List<JsonNode> sendings = sendings(assessmentId);
        Map<String, JsonNode> invitationMail = new HashMap<>();
        Map<String, List<JsonNode>> news = new HashMap<>();
        sendings.forEach(sending -> {
            String invitationId = sending.path("invitationId").asText();
            if (sending.path("kind").asText().equals("INVITATION")) {
                invitationMail.put(invitationId, sending);
            } else {
                news.computeIfAbsent(invitationId, id -> new ArrayList<>()).add(sending);
            }
        });
        model.addAttribute("mail", invitationMail);
        model.addAttribute("news", news);
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("mayInvite", Actor.of(SecurityContextHolder.getContext().getAuthentication()).role()
                == Role.CASE_OFFICER);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PageForm.empty());
        }
        return "family/invitations";
    }

    /** How each email to the case's family went, oldest first, as the command service keeps it; only case officers may ask. */
    private List<JsonNode> sendings(String assessmentId) {
        if (Actor.of(SecurityContextHolder.getContext().getAuthentication()).role() != Role.CASE_OFFICER) {
            return List.of();
        }
        List<JsonNode> sendings = new ArrayList<>();
        commands.get("/api/assessments/" + encoded(assessmentId) + "/family-mail").forEach(sendings::add);
        return sendings;
    }

    @PostMapping("/cases/{assessmentId}/family-invitations")
    ModelAndView invite(@PathVariable String assessmentId, @RequestParam MultiValueMap<String, String> input,
                        HttpServletRequest request, Model model) {
        AssessmentTimeline before = views.timeline(assessmentId);
        PageForm form = PageForm.of(input);
        return FormPosts.send(() -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("email", form.value("email"));
            body.put("relationship", form.value("relationship").isBlank() ? null : form.value("relationship"));
            commands.post("/api/assessments/" + encoded(assessmentId) + "/family-invitations", body);
            assessments.awaitChange(assessmentId, before.lastSequence());
            return "/cases/" + encoded(assessmentId) + "/family-invitations?done=invited";
        }, refused -> {
            model.addAttribute("form", form);
            invitations(assessmentId, null, request, model);
            ModelAndView page = FormPosts.again("family/invitations", refused, form, "email");
            page.addAllObjects(model.asMap());
            page.addObject("form", form);
            return page;
        });
    }

    @PostMapping("/cases/{assessmentId}/family-invitations/{invitationId}/withdrawal")
    ModelAndView withdraw(@PathVariable String assessmentId, @PathVariable String invitationId, HttpServletRequest request,
                          Model model) {
        AssessmentTimeline before = views.timeline(assessmentId);
        return FormPosts.send(() -> {
            commands.post("/api/assessments/" + encoded(assessmentId) + "/family-invitations/" + encoded(invitationId)
                    + "/withdrawal", Map.of());
            assessments.awaitChange(assessmentId, before.lastSequence());
            return "/cases/" + encoded(assessmentId) + "/family-invitations?done=withdrawn";
        }, refused -> {
            invitations(assessmentId, null, request, model);
            ModelAndView page = FormPosts.again("family/invitations", refused, PageForm.empty(), "email");
            page.addAllObjects(model.asMap());
            return page;
        });
    }

    private static String encoded(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
