package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.letter.LetterChannel;

/**
 * Record that the notice a dispute's step owed (an order carried out) was sent to the family (ADR 48).
 *
 * @param event     the owing event's number in the dispute's history, from 1, as the letter's id gives it
 * @param servedOn  the day it reached the family, where known; null otherwise
 * @param pdfSha256 the SHA-256 of the exact PDF sent, in lower-case hex
 */
public record RecordDisputeLetterSent(@TargetAggregateIdentifier String disputeId, int event, LocalDate sentOn,
                                      LetterChannel channel, LocalDate servedOn, String pdfSha256) {
}
