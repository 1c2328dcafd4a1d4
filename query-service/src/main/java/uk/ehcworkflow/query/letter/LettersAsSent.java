package uk.ehcworkflow.query.letter;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.problem.ConflictException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.dispute.DisputeTimeline;
import uk.ehcworkflow.query.plan.PlanTimeline;

/**
 * The letters a case records as sent, each written again for the day it was sent and checked
 * against the digest recorded with it: the evidence that the letter the service holds is the one
 * the family was sent (ADR 39). A letter differs when the area's templates or settings changed
 * since; it cannot be written again once the child's personal data is erased, or for someone who
 * may not see the child's name.
 */
@Component
public class LettersAsSent {

    /**
     * One letter as sent, written again.
     *
     * @param pdf     the letter written again, or null when it could not be
     * @param matches whether its digest is the one recorded; null when it could not be written
     * @param why     why it could not be written again, or null
     */
    public record Copy(String letterId, LocalDate decidedOn, AssessmentTimeline.SentLetter sent, byte[] pdf, Boolean matches,
                       String why) {

        /** A file name for the letter as sent: its id and the day it went. */
        public String filename() {
            return "letter-" + letterId + "-sent-" + sent.sentOn() + ".pdf";
        }
    }

    private final Letters letters;
    private final LetterWriter writer;

    LettersAsSent(Letters letters, LetterWriter writer) {
        this.letters = letters;
        this.writer = writer;
    }

    /** Each letter the record holds as sent, in the order of its steps, written again as the person reading may. */
    public List<Copy> of(AssessmentTimeline record, Actor actor) {
        return letters.owedBy(record.assessmentId(), record.milestones(), record.lettersSent()).stream()
                .filter(owed -> owed.sent() != null).map(owed -> copy(owed, actor)).toList();
    }

    /** Each letter the plan holds as sent (ADR 44), in the order of its history, written again as the person reading may. */
    public List<Copy> ofPlan(PlanTimeline record, Actor actor) {
        return letters.owedByPlan(record).stream().filter(owed -> owed.sent() != null).map(owed -> copy(owed, actor)).toList();
    }

    /** Each letter the dispute holds as sent (ADR 48), in the order of its history. */
    public List<Copy> ofDispute(DisputeTimeline record, Actor actor) {
        return letters.owedByDispute(record).stream().filter(owed -> owed.sent() != null).map(owed -> copy(owed, actor)).toList();
    }

    private Copy copy(Letters.Owed owed, Actor actor) {
        AssessmentTimeline.SentLetter sent = owed.sent();
        try {
            byte[] pdf = writer.pdf(letters.letter(owed.letterId(), sent.sentOn(), "sentOn", actor));
            return new Copy(owed.letterId(), owed.decidedOn(), sent, pdf,
                    HexFormat.of().formatHex(LetterWriter.sha256(pdf)).equals(sent.pdfSha256()), null);
        } catch (ConflictException cannot) {
            return new Copy(owed.letterId(), owed.decidedOn(), sent, null, null, cannot.getMessage());
        }
    }
}
