package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the plan made after a re-assessment was issued. */
public record IssueReassessedPlan(@TargetAggregateIdentifier PlanId plan, String reassessmentId, LocalDate issuedOn) {
}
