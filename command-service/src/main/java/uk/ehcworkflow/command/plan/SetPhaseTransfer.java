package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.plan.PhaseTransfer;

/**
 * Record that the child moves phase, which sets a day for the amended plan naming the new setting.
 *
 * @param transferYear the school year's transfer; for a move between post-16 institutions, taken from {@code moveOn}
 * @param moveOn       the day of a move between post-16 institutions; only for that transfer
 */
public record SetPhaseTransfer(@TargetAggregateIdentifier PlanId plan, PhaseTransfer transfer, Integer transferYear,
                               LocalDate moveOn) {
}
