package uk.ehcworkflow.events.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.events.letter.Notice;

/**
 * The letter a plan's step owed was sent to the family: how, when it reached them where known, and
 * the digest of the exact PDF sent (ADR 44). Its day is the one the step recorded the notice as
 * going, from which the plan's clocks already run.
 *
 * @param event     the plan's event that owed it, numbered from 1 in the plan's history, as the letter's id gives it
 * @param decidedOn the day of the decision the notice tells of
 * @param servedOn  the day it reached the family, where the officer knows it (null otherwise)
 * @param pdfSha256 the SHA-256 of the exact PDF sent, in hex, which a re-writing of the letter must match
 */
public record PlanLetterSent(String planId, int event, Notice notice, LocalDate decidedOn, LocalDate sentOn,
                             LetterChannel channel, LocalDate servedOn, String pdfSha256) implements PlanEvent {
}
