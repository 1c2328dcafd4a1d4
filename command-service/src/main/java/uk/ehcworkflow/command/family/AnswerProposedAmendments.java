package uk.ehcworkflow.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.command.plan.PlanId;
import uk.ehcworkflow.events.assessment.DraftResponse;

/** A family member answers the proposed amendments to their plan: nothing further, a school named, or a meeting (reg 22). */
public record AnswerProposedAmendments(@TargetAggregateIdentifier PlanId plan, DraftResponse requests) {
}
