package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the plan was amended naming the setting for the phase transfer. */
public record NameNewSetting(@TargetAggregateIdentifier PlanId plan, LocalDate namedOn, String setting) {
}
