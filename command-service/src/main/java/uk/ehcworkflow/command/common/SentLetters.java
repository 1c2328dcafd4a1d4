package uk.ehcworkflow.command.common;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What every record of a statutory letter sent must hold, whether an assessment's or a plan's
 * (ADR 39, ADR 44): sent on or after the decision it tells of and not in the future, reaching the
 * family (where that is known) on or after it went, with the digest of the PDF sent.
 */
public final class SentLetters {

    private SentLetters() {
    }

    public static void check(LocalDate sentOn, LocalDate decidedOn, LocalDate servedOn, String pdfSha256, Clock clock) {
        Dates.notInFuture("sentOn", sentOn, clock);
        Dates.notBefore("sentOn", sentOn, "the decision it tells of", decidedOn);
        Dates.notInFuture("servedOn", servedOn, clock);
        Dates.notBefore("servedOn", servedOn, "the day it was sent", sentOn);
        if (pdfSha256 == null || !pdfSha256.matches("[0-9a-f]{64}")) {
            throw new InvalidField("pdfSha256", "not-a-sha256", "pdfSha256 must be the SHA-256 of the PDF sent, "
                    + "as 64 lower-case hexadecimal digits.");
        }
    }
}
