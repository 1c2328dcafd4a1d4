package uk.ehcworkflow.query.letter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.platform.problem.Problems;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.CommandRefused;

/**
 * The statutory notices a case or a plan owes, each as HTML or PDF dated {@code on} (what the
 * officer previews and sends; a plan's is dated the day its step records), and the record of one sent.
 */
@RestController
class LetterController {

    /** A notice in the list, with where to read it and, once recorded, its sending. */
    record Listed(String letterId, Notice notice, String title, LocalDate decidedOn, boolean appealable, String html,
                  String pdf, AssessmentTimeline.SentLetter sent) {
    }

    private final Letters letters;
    private final LetterReads reads;

    LetterController(Letters letters, LetterReads reads) {
        this.letters = letters;
        this.reads = reads;
    }

    @GetMapping("/api/assessments/{assessmentId}/letters")
    List<Listed> owed(@PathVariable String assessmentId) {
        return listed(letters.owedBy(assessmentId));
    }

    /** A plan's notices: its review decisions, a decision to cease, a transfer's notice (ADR 44). */
    @GetMapping("/api/plans/{planId}/letters")
    List<Listed> owedByPlan(@PathVariable String planId) {
        return listed(letters.owedByPlan(planId));
    }

    /** A dispute's notices: each order carried out (ADR 48). */
    @GetMapping("/api/disputes/{disputeId}/letters")
    List<Listed> owedByDispute(@PathVariable String disputeId) {
        return listed(letters.owedByDispute(disputeId));
    }

    private static List<Listed> listed(List<Letters.Owed> owed) {
        return owed.stream().map(letter -> new Listed(letter.letterId(), letter.notice(), letter.notice().title(),
                letter.decidedOn(), letter.appealable(), "/api/letters/" + letter.letterId(),
                "/api/letters/" + letter.letterId() + "/pdf", letter.sent())).toList();
    }

    @GetMapping(value = "/api/letters/{letterId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable String letterId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                HttpServletRequest request) {
        return reads.html(letterId, on, request);
    }

    /** @param servedOn the day it reached the family, where known */
    record SentRequest(@NotNull LocalDate sentOn, @NotNull LetterChannel channel, LocalDate servedOn) {
    }

    /** The officer sent the letter: it is written for that day and recorded, with its PDF's digest, in the case's history. */
    @PostMapping("/api/letters/{letterId}/sent")
    LetterReads.Sent sent(@PathVariable String letterId, @Valid @RequestBody SentRequest body) {
        return reads.recordSent(letterId, body.sentOn(), body.channel(), body.servedOn());
    }

    /** The command service's refusal, passed on as it gave it. */
    @ExceptionHandler(CommandRefused.class)
    ResponseEntity<ProblemDetail> refused(CommandRefused refused) {
        ProblemDetail problem = refused.field() != null ? Problems.invalidField(refused.field(), refused.getMessage())
                : refused.rule() != null ? Problems.ruleBroken(refused.rule(), refused.getMessage())
                : Problems.of(HttpStatus.valueOf(refused.status()), "Refused", refused.getMessage());
        problem.setStatus(refused.status());
        return ResponseEntity.status(refused.status()).body(problem);
    }

    @ExceptionHandler(CommandApi.CommandServiceUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(CommandApi.CommandServiceUnavailable unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "Service unavailable", "The command service is not answering: nothing was recorded. Try again shortly."));
    }

    @GetMapping(value = "/api/letters/{letterId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String letterId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                               HttpServletRequest request) {
        return reads.pdf(letterId, on, request);
    }
}
