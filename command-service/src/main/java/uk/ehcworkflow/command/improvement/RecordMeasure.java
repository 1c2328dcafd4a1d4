package uk.ehcworkflow.command.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an actual value of one of the action's measures. */
public record RecordMeasure(@TargetAggregateIdentifier String actionId, String measure, BigDecimal value, LocalDate asOf) {
}
