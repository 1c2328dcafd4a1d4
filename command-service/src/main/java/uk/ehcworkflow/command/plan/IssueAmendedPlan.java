package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the final amended plan was issued. */
public record IssueAmendedPlan(@TargetAggregateIdentifier PlanId plan, LocalDate issuedOn) {
}
