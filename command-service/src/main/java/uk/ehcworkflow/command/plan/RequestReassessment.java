package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a request to re-assess the child's needs. */
public record RequestReassessment(@TargetAggregateIdentifier PlanId plan, String reassessmentId, LocalDate receivedOn) {
}
