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

    /**
     * The pages of a letter of a case, a plan (ADR 44) or a dispute (ADR 48), under its record's page:
     * {@code /cases/{id}/letters/3}, {@code /plans/{id}/letters/7}, {@code /disputes/{id}/letters/5}.
     */
    private static final String LETTER = "/{record:cases|plans|disputes}/{id}/letters/{number}";

    @GetMapping(LETTER)
    @ResponseBody
    ResponseEntity<String> letter(@PathVariable String record, @PathVariable String id, @PathVariable String number,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                  HttpServletRequest request) {
        return reads.html(letterId(record, id, number), on, request);
    }

    @GetMapping(LETTER + "/pdf")
    @ResponseBody
    ResponseEntity<byte[]> pdf(@PathVariable String record, @PathVariable String id, @PathVariable String number,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                               HttpServletRequest request) {
        return reads.pdf(letterId(record, id, number), on, request);
    }

    @GetMapping(LETTER + "/sent")
    String sentForm(@PathVariable String record, @PathVariable String id, @PathVariable String number, Model model) {
        return sentForm(letterId(record, id, number), model);
    }

    @PostMapping(LETTER + "/sent")
    ModelAndView recordSent(@PathVariable String record, @PathVariable String id, @PathVariable String number,
                            @RequestParam MultiValueMap<String, String> input) {
        return sent(letterId(record, id, number), "/" + record + "/" + encoded(id), input);
    }

    private static String letterId(String record, String id, String number) {
        return LetterId.ofPage(record, id, number);
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
