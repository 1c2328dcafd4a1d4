package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.plan.ReviewDecision;

/**
 * Record the decision on the last review meeting, as notified to the family.
 *
 * @param noticeSentOn the day the notice (for AMEND, the proposed amendments) went to the family; null for {@code decidedOn}
 */
public record NotifyReviewDecision(@TargetAggregateIdentifier PlanId plan, ReviewDecision decision, LocalDate decidedOn,
                                   LocalDate noticeSentOn) {
}
