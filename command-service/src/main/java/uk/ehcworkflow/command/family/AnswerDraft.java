package uk.ehcworkflow.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.assessment.DraftResponse;

/**
 * The signed-in family member answers the draft plan themselves (reg 13(1)): recorded as the same
 * step an officer records for them, dated the day they answered.
 */
public record AnswerDraft(@TargetAggregateIdentifier String assessmentId, DraftResponse requests) {
}
