package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.plan.Placement;

/**
 * Record the final amended plan naming the setting for the phase transfer, which meets the
 * transfer's deadline; with the placement it names, when given, recorded from its entry date.
 */
public record IssueTransferPlan(@TargetAggregateIdentifier PlanId plan, LocalDate issuedOn, String setting,
                                String placementId, Placement placement) {
}
