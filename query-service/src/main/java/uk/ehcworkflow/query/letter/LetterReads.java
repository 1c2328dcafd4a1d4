package uk.ehcworkflow.query.letter;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.audit.AccessLog;

/**
 * A letter as the API and the pages answer it: HTML or PDF, dated the day asked for (by default
 * today). A letter names the child, so reading one is recorded as a read of the case is.
 */
@Component
@EnableConfigurationProperties(AreaDetails.class)
class LetterReads {

    private final Letters letters;
    private final LetterWriter writer;
    private final AccessLog accessLog;
    private final Clock clock;

    LetterReads(Letters letters, LetterWriter writer, AccessLog accessLog, Clock clock) {
        this.letters = letters;
        this.writer = writer;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    ResponseEntity<String> html(String letterId, LocalDate on, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(writer.html(read(letterId, on, request)));
    }

    /** The PDF, with its SHA-256 digest (RFC 9530): what a record of the letter as sent keeps. */
    ResponseEntity<byte[]> pdf(String letterId, LocalDate on, HttpServletRequest request) {
        byte[] pdf = writer.pdf(read(letterId, on, request));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("letter-" + letterId + ".pdf")
                        .build().toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(LetterWriter.sha256(pdf)) + ":")
                .body(pdf);
    }

    private Letter read(String letterId, LocalDate on, HttpServletRequest request) {
        Letter letter = letters.letter(letterId, on == null ? LocalDate.now(clock) : on,
                Actor.of(SecurityContextHolder.getContext().getAuthentication()));
        accessLog.caseViewed(letter.caseId(), "letter " + letterId, request);
        return letter;
    }
}
