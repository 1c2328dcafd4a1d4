package uk.ehcworkflow.query.letter;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.platform.problem.ConflictException;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.query.pages.CommandRefused;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;

/**
 * A case's or a plan's letters for the people who work it, from its page: the letter itself, as the
 * family will read it, its PDF, and the form an officer records its sending with. Errors are
 * pages, as everywhere in the pages.
 */
@PageController
class LetterPages {

    private final LetterReads reads;
    private final Letters letters;

    LetterPages(LetterReads reads, Letters letters) {
        this.reads = reads;
        this.letters = letters;
    }

    @GetMapping("/cases/{assessmentId}/letters/{place}")
    @ResponseBody
    ResponseEntity<String> letter(@PathVariable String assessmentId, @PathVariable String place,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                  HttpServletRequest request) {
        return reads.html(assessmentId + "." + place, on, request);
    }

    @GetMapping("/cases/{assessmentId}/letters/{place}/pdf")
    @ResponseBody
    ResponseEntity<byte[]> pdf(@PathVariable String assessmentId, @PathVariable String place,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                               HttpServletRequest request) {
        return reads.pdf(assessmentId + "." + place, on, request);
    }

    @GetMapping("/cases/{assessmentId}/letters/{place}/sent")
    String sentForm(@PathVariable String assessmentId, @PathVariable String place, Model model) {
        return sentForm(assessmentId + "." + place, model);
    }

    @PostMapping("/cases/{assessmentId}/letters/{place}/sent")
    ModelAndView recordSent(@PathVariable String assessmentId, @PathVariable String place,
                            @RequestParam MultiValueMap<String, String> input) {
        return sent(assessmentId + "." + place, "/cases/" + encoded(assessmentId), input);
    }

    /** A plan's letter, dated the day its step records the notice as going (ADR 44). */
    @GetMapping("/plans/{planId}/letters/{event}")
    @ResponseBody
    ResponseEntity<String> planLetter(@PathVariable String planId, @PathVariable String event,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                      HttpServletRequest request) {
        return reads.html(planId + ".p" + event, on, request);
    }

    @GetMapping("/plans/{planId}/letters/{event}/pdf")
    @ResponseBody
    ResponseEntity<byte[]> planPdf(@PathVariable String planId, @PathVariable String event,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                   HttpServletRequest request) {
        return reads.pdf(planId + ".p" + event, on, request);
    }

    @GetMapping("/plans/{planId}/letters/{event}/sent")
    String planSentForm(@PathVariable String planId, @PathVariable String event, Model model) {
        return sentForm(planId + ".p" + event, model);
    }

    @PostMapping("/plans/{planId}/letters/{event}/sent")
    ModelAndView recordPlanLetterSent(@PathVariable String planId, @PathVariable String event,
                                      @RequestParam MultiValueMap<String, String> input) {
        return sent(planId + ".p" + event, "/plans/" + encoded(planId), input);
    }

    /** A dispute's letter: an order carried out (ADR 48), dated when sent. */
    @GetMapping("/disputes/{disputeId}/letters/{event}")
    @ResponseBody
    ResponseEntity<String> disputeLetter(@PathVariable String disputeId, @PathVariable String event,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                         HttpServletRequest request) {
        return reads.html(disputeId + ".d" + event, on, request);
    }

    @GetMapping("/disputes/{disputeId}/letters/{event}/pdf")
    @ResponseBody
    ResponseEntity<byte[]> disputePdf(@PathVariable String disputeId, @PathVariable String event,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                      HttpServletRequest request) {
        return reads.pdf(disputeId + ".d" + event, on, request);
    }

    @GetMapping("/disputes/{disputeId}/letters/{event}/sent")
    String disputeSentForm(@PathVariable String disputeId, @PathVariable String event, Model model) {
        return sentForm(disputeId + ".d" + event, model);
    }

    @PostMapping("/disputes/{disputeId}/letters/{event}/sent")
    ModelAndView recordDisputeLetterSent(@PathVariable String disputeId, @PathVariable String event,
                                         @RequestParam MultiValueMap<String, String> input) {
        return sent(disputeId + ".d" + event, "/disputes/" + encoded(disputeId), input);
    }

    private String sentForm(String letterId, Model model) {
        model.addAttribute("owed", letters.owed(letterId));
        model.addAttribute("form", PageForm.empty());
        model.addAttribute("channels", LetterChannel.values());
        return "letter/sent";
    }

    /** Refusals by the letters' own rules (the day before the decision, an erased child) show beside the form as the command service's do. */
    private ModelAndView sent(String letterId, String recordPage, MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input, "sentOn", "servedOn");
        return FormPosts.send(() -> {
            Map<String, Object> body = form.body("sentOn", "channel", "servedOn");
            try {
                reads.recordSent(letterId, date(body, "sentOn"), channel(body), date(body, "servedOn"));
            } catch (InvalidRequestException invalid) {
                throw new CommandRefused(400, invalid.field(), null, invalid.getMessage());
            } catch (ConflictException conflict) {
                throw new CommandRefused(409, null, conflict.rule(), conflict.getMessage());
            }
            return recordPage + "?done=letter-sent";
        }, refused -> FormPosts.again("letter/sent", refused, form, "sentOn").addObject("owed", letters.owed(letterId))
                .addObject("channels", LetterChannel.values()));
    }

    private static String encoded(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    /** A date as the form joined it; required for the day it was sent, optional for the day it reached the family. */
    private static LocalDate date(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            if (field.equals("sentOn")) {
                throw new CommandRefused(400, field, null, "Enter the date the letter was sent.");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new CommandRefused(400, field, null, "The date must be a real date, for example 7 12 2026.");
        }
    }

    private static LetterChannel channel(Map<String, Object> body) {
        try {
            return LetterChannel.valueOf(String.valueOf(body.get("channel")));
        } catch (IllegalArgumentException e) {
            throw new CommandRefused(400, "channel", null, "Choose how the letter was sent.");
        }
    }
}
