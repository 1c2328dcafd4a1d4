package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.events.letter.Notice;

/**
 * The notice a dispute's step owed was sent to the family, with the digest of the exact PDF sent
 * (ADR 48).
 *
 * @param event     the dispute's event that owed it, numbered from 1 in the dispute's history, as the letter's id gives it
 * @param decidedOn the day of the step the notice tells of (the order carried out)
 * @param servedOn  the day it reached the family, where the officer knows it (null otherwise)
 * @param pdfSha256 the SHA-256 of the exact PDF sent, in hex
 */
public record DisputeLetterSent(String disputeId, String caseId, int event, Notice notice, LocalDate decidedOn,
                                LocalDate sentOn, LetterChannel channel, LocalDate servedOn, String pdfSha256)
        implements DisputeEvent {
}
