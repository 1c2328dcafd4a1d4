package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that, after re-assessing, the local authority decided not to amend the plan. */
public record DecideNotToAmend(@TargetAggregateIdentifier PlanId plan, String reassessmentId, LocalDate decidedOn) {
}
