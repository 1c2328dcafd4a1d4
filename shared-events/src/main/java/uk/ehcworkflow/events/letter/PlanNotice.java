package uk.ehcworkflow.events.letter;

import java.time.LocalDate;
import java.util.Optional;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.plan.CessationDecided;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.plan.TransferNoticeSent;

/**
 * The statutory notice a step of a plan owes the family, and the day it went: the one place that
 * says which of a plan's steps make a letter. A plan's step already records the day its notice
 * went (a review decision its {@code noticeSentOn}, a transfer its notice's day, a cessation the
 * day decided and notified), and the plan's clocks run from that day, so a plan's letter is dated
 * it and its sending, when recorded, must say the same day (ADR 44).
 *
 * @param decidedOn  the day of the decision the notice tells of (for a transfer, the notice's own day)
 * @param sentOn     the day the step says the notice went to the family
 * @param appealable whether the family may appeal what it tells them, so that it carries the appeal pack
 */
public record PlanNotice(Notice notice, LocalDate decidedOn, LocalDate sentOn, boolean appealable) {

    /** The notice a plan's event owes the family, if it owes one. */
    public static Optional<PlanNotice> of(PlanEvent event) {
        boolean appealable = DecisionLetter.of(event).isPresent();
        if (event instanceof ReviewDecisionNotified e) {
            Notice notice = switch (e.decision()) {
                case MAINTAIN -> Notice.REVIEW_MAINTAIN;
                case AMEND -> Notice.PROPOSED_AMENDMENTS;
                case CEASE -> Notice.DECISION_TO_CEASE;
            };
            return Optional.of(new PlanNotice(notice, e.decidedOn(), e.noticeSent(), appealable));
        } else if (event instanceof CessationDecided e) {
            return Optional.of(new PlanNotice(Notice.DECISION_TO_CEASE, e.decidedOn(), e.decidedOn(), appealable));
        } else if (event instanceof TransferNoticeSent e) {
            return Optional.of(new PlanNotice(Notice.TRANSFER_IN, e.sentOn(), e.sentOn(), false));
        }
        return Optional.empty();
    }
}
