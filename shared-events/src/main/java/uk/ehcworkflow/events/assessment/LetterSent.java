package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.events.letter.Notice;

/**
 * The statutory notice a step of the assessment owed was sent to the family: the day the law
 * runs their clocks from (reg 33, Tribunal rule 20; ADR 39).
 *
 * @param step      the step's place among the case's steps, from 1, as the letter's id gives it
 * @param decidedOn the day of the step the notice tells of
 * @param servedOn  the day it reached the family, where the officer knows it (null otherwise)
 * @param pdfSha256 the SHA-256 of the exact PDF sent, in hex, which a re-writing of the letter must match
 */
public record LetterSent(String assessmentId, int step, Notice notice, LocalDate decidedOn, LocalDate sentOn,
                         LetterChannel channel, LocalDate servedOn, String pdfSha256) implements AssessmentEvent {
}
