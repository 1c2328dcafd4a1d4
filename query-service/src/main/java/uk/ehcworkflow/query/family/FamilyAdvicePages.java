package uk.ehcworkflow.query.family;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriUtils;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.FamilyContacts;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.PageController;

/**
 * The family's views and advice as the case officer reads them (reg 6(1)(a); ADR 45): who gave each
 * and when, their words opened from the child's seal, and the file they gave, downloaded from the
 * command service, which keeps it sealed. Reading them is reading the case.
 */
@PageController
class FamilyAdvicePages {

    private final FamilyViews views;
    private final FamilyContacts contacts;
    private final CommandApi commands;
    private final AccessLog accessLog;

    FamilyAdvicePages(FamilyViews views, FamilyContacts contacts, CommandApi commands, AccessLog accessLog) {
        this.views = views;
        this.contacts = contacts;
        this.commands = commands;
        this.accessLog = accessLog;
    }

    @GetMapping("/cases/{assessmentId}/family-advice")
    String advice(@PathVariable String assessmentId, HttpServletRequest request, Model model) {
        AssessmentTimeline timeline = views.timeline(assessmentId);
        Map<String, FamilyContacts.AdviceText> words = new HashMap<>();
        timeline.familyAdvice().forEach(given -> words.put(given.adviceId(), contacts.advice(given.advice())
                .orElse(new FamilyContacts.AdviceText("Not known (erased)", null))));
        accessLog.caseViewed(assessmentId, "the family's views and advice", request);
        model.addAttribute("caseId", assessmentId);
        model.addAttribute("reference", timeline.reference());
        model.addAttribute("given", timeline.familyAdvice());
        model.addAttribute("words", words);
        return "family/advice";
    }

    /** The file as the family gave it, to save: never shown in the browser, whatever it claims to be. */
    @GetMapping("/cases/{assessmentId}/family-advice/{adviceId}/file")
    @ResponseBody
    ResponseEntity<byte[]> file(@PathVariable String assessmentId, @PathVariable String adviceId, HttpServletRequest request) {
        AssessmentTimeline timeline = views.timeline(assessmentId);
        AssessmentTimeline.FamilyAdvice given = timeline.familyAdvice().stream()
                .filter(advice -> advice.adviceId().equals(adviceId) && advice.file() != null).findFirst()
                .orElseThrow(() -> new NotFoundException("Case " + assessmentId + " holds no file given as advice " + adviceId + "."));
        CommandApi.File file = commands.getFile("/api/assessments/" + encoded(assessmentId) + "/family-advice/"
                + encoded(adviceId) + "/file");
        accessLog.caseViewed(assessmentId, "the family's advice file " + adviceId, request);
        return ResponseEntity.ok().contentType(file.type())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("family-advice-" + given.givenOn() + given.file().extension()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private static String encoded(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
