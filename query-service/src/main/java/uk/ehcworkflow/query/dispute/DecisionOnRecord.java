package uk.ehcworkflow.query.dispute;

import java.time.Instant;
import java.time.LocalDate;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.DecisionLetter;

/**
 * An appealable decision as recorded on an assessment or a plan: the figures count them by
 * letter date, and the open list shows the family's window on each.
 *
 * @param caseId the assessment's id, or the plan's
 */
public record DecisionOnRecord(String caseId, AppealableDecision decision, LocalDate letterOn, Instant recordedAt) {

    public DecisionLetter letter() {
        return new DecisionLetter(decision, letterOn);
    }
}
