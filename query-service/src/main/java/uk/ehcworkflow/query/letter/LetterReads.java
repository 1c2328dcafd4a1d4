package uk.ehcworkflow.query.letter;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.pages.CommandApi;

/**
 * A letter as the API and the pages answer it: HTML or PDF, dated the day asked for (by default
 * today), and the record of its sending. A letter names the child, so reading one is recorded as
 * a read of the case is.
 */
@Component
@EnableConfigurationProperties(AreaDetails.class)
public class LetterReads {

    /** What was recorded of a letter sent: the digest is of the PDF written for that day. */
    record Sent(String letterId, LocalDate sentOn, LetterChannel channel, LocalDate servedOn, String pdfSha256) {
    }

    private final Letters letters;
    private final LetterWriter writer;
    private final AccessLog accessLog;
    private final CommandApi commands;

    LetterReads(Letters letters, LetterWriter writer, AccessLog accessLog, CommandApi commands) {
        this.letters = letters;
        this.writer = writer;
        this.accessLog = accessLog;
        this.commands = commands;
    }

    ResponseEntity<String> html(String letterId, LocalDate on, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(writer.html(read(letterId, on, request)));
    }

    /** The PDF, with its SHA-256 digest (RFC 9530): what the record of the letter as sent keeps. */
    public ResponseEntity<byte[]> pdf(String letterId, LocalDate on, HttpServletRequest request) {
        byte[] pdf = writer.pdf(read(letterId, on, request));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("letter-" + letterId + ".pdf")
                        .build().toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(LetterWriter.sha256(pdf)) + ":")
                .body(pdf);
    }

    /**
     * Writes the letter dated the day it was sent and records it as sent, with the digest of that
     * PDF, through the command service as the person (whose rules decide), then waits until the
     * case's or plan's read model shows it, so that the next page or read does (ADR 39, ADR 44).
     */
    Sent recordSent(String letterId, LocalDate sentOn, LetterChannel channel, LocalDate servedOn) {
        Letter letter = letters.letter(letterId, sentOn, "sentOn", actor());
        String digest = HexFormat.of().formatHex(LetterWriter.sha256(writer.pdf(letter)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sentOn", sentOn);
        body.put("channel", channel);
        body.put("servedOn", servedOn);
        body.put("pdfSha256", digest);
        long before = letters.lastSequence(letterId);
        commands.post(LetterId.parse(letterId).kind().commands() + UriUtils.encodePathSegment(letter.caseId(),
                StandardCharsets.UTF_8) + "/letters/" + letter.step() + "/sent", body);
        letters.awaitChange(letterId, before);
        return new Sent(letterId, sentOn, channel, servedOn, digest);
    }

    private Letter read(String letterId, LocalDate on, HttpServletRequest request) {
        Letter letter = letters.letter(letterId, on, "on", actor());
        accessLog.caseViewed(letter.caseId(), "letter " + letterId, request);
        return letter;
    }

    private static Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
