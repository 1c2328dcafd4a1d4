package uk.ehcworkflow.query.letter;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.ehcworkflow.query.pages.PageController;

/**
 * A case's letters for the people who work it, from the case page: the letter itself, as the
 * family will read it, and its PDF. Errors are pages, as everywhere in the pages.
 */
@PageController
class LetterPages {

    private final LetterReads reads;

    LetterPages(LetterReads reads) {
        this.reads = reads;
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
}
