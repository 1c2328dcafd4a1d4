package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.letter.LetterChannel;

/**
 * Record that the statutory notice a step owed was sent to the family (ADR 39).
 *
 * @param step      the step's place among the case's steps, from 1
 * @param servedOn  the day it reached the family, where known; null otherwise
 * @param pdfSha256 the SHA-256 of the exact PDF sent, in lower-case hex
 */
public record RecordLetterSent(@TargetAggregateIdentifier String assessmentId, int step, LocalDate sentOn,
                               LetterChannel channel, LocalDate servedOn, String pdfSha256) {
}
