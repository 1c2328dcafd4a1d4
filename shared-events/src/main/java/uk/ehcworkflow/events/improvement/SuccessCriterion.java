package uk.ehcworkflow.events.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How an action will be judged a success; a measurable one names its measure, where it starts
 * and where it should be by when (e.g. "plans within 20 weeks", 42.6 to 80 by 2019-04-30).
 */
public record SuccessCriterion(
        String description, String measure, BigDecimal baseline, BigDecimal target, LocalDate targetDate) {
}
