package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record whether the local authority will re-assess. */
public record DecideReassessment(@TargetAggregateIdentifier PlanId plan, String reassessmentId, boolean reassess,
                                 LocalDate decidedOn) {
}
