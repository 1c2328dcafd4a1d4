package uk.ehcworkflow.events.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An actual value of one of the action's measures, as of a date. */
public record MeasureRecorded(String actionId, String measure, BigDecimal value, LocalDate asOf)
        implements ImprovementActionEvent {
}
