package uk.ehcworkflow.query.letter;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The statutory notices a case owes, and each as HTML or PDF, dated {@code on}: what the officer previews and sends. */
@RestController
class LetterController {

    /** A notice in the list, with where to read it. */
    record Listed(String letterId, Notice notice, String title, LocalDate decidedOn, boolean appealable, String html,
                  String pdf) {
    }

    private final Letters letters;
    private final LetterReads reads;

    LetterController(Letters letters, LetterReads reads) {
        this.letters = letters;
        this.reads = reads;
    }

    @GetMapping("/api/assessments/{assessmentId}/letters")
    List<Listed> owed(@PathVariable String assessmentId) {
        return letters.owedBy(assessmentId).stream().map(owed -> new Listed(owed.letterId(), owed.notice(),
                owed.notice().title(), owed.decidedOn(), owed.appealable(), "/api/letters/" + owed.letterId(),
                "/api/letters/" + owed.letterId() + "/pdf")).toList();
    }

    @GetMapping(value = "/api/letters/{letterId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable String letterId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                HttpServletRequest request) {
        return reads.html(letterId, on, request);
    }

    @GetMapping(value = "/api/letters/{letterId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String letterId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                               HttpServletRequest request) {
        return reads.pdf(letterId, on, request);
    }
}
