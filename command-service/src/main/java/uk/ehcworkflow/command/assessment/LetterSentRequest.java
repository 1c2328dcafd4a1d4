package uk.ehcworkflow.command.assessment;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import uk.ehcworkflow.events.letter.LetterChannel;

/**
 * The body recording a letter sent, an assessment's or a plan's.
 *
 * @param servedOn  the day it reached the family, where known
 * @param pdfSha256 the SHA-256 of the PDF sent, as the letter service gave it with the PDF
 */
public record LetterSentRequest(@NotNull LocalDate sentOn, @NotNull LetterChannel channel, LocalDate servedOn,
                                @NotNull String pdfSha256) {
}
