package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.plan.CessationReason;

/**
 * Record that the plan ceased to be maintained.
 *
 * @param leftEducationOn for a young person over 18 who stopped attending their education or
 *                        training, the day they left (reg 30); null otherwise
 */
public record CeasePlan(@TargetAggregateIdentifier PlanId plan, LocalDate ceasedOn, CessationReason reason,
                        LocalDate leftEducationOn) {
}
