package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the final amended plan naming the setting for the phase transfer, which meets the transfer's deadline. */
public record IssueTransferPlan(@TargetAggregateIdentifier PlanId plan, LocalDate issuedOn, String setting) {
}
