package uk.ehcworkflow.events.plan;

import java.time.LocalDate;
import java.time.Month;

/**
 * A move between phases of education, for which the plan must be amended naming the new setting
 * by a fixed day of the transfer year (reg 18(1)).
 */
public enum PhaseTransfer {
    EARLY_YEARS_TO_SCHOOL,
    INFANT_TO_JUNIOR,
    PRIMARY_TO_MIDDLE,
    PRIMARY_TO_SECONDARY,
    MIDDLE_TO_SECONDARY,
    SECONDARY_TO_POST16;

    /** The last day to name the new setting: before 15 February, or before 31 March for a move to post-16. */
    public LocalDate namingDeadline(int transferYear) {
        return this == SECONDARY_TO_POST16 ? LocalDate.of(transferYear, Month.MARCH, 30)
                : LocalDate.of(transferYear, Month.FEBRUARY, 14);
    }
}
