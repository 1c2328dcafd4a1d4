package uk.ehcworkflow.events.plan;

import java.time.LocalDate;
import java.time.Month;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;

/**
 * A move between phases of education, for which the plan must be amended naming the new setting
 * by a fixed day of the transfer year, or ahead of the move (reg 18(1)).
 */
public enum PhaseTransfer {
    EARLY_YEARS_TO_SCHOOL,
    INFANT_TO_JUNIOR,
    PRIMARY_TO_MIDDLE,
    PRIMARY_TO_SECONDARY,
    MIDDLE_TO_SECONDARY,
    SECONDARY_TO_POST16,
    /** From one post-16 institution to another, on a day of its own rather than at a year's start (reg 18(1)(b)). */
    POST16_TO_POST16;

    /**
     * The last day for the final amended plan naming the new setting: before 15 February of the
     * transfer year, before 31 March for a move to post-16, or at least 5 months before a move
     * between post-16 institutions (2026-09-01 gives 2026-04-01).
     *
     * @param moveOn the day of a move between post-16 institutions; unused for the others
     */
    public LocalDate amendedPlanDueBy(int transferYear, LocalDate moveOn) {
        return switch (this) {
            case POST16_TO_POST16 -> StatutoryCalendar.post16MovePlanDue(moveOn);
            case SECONDARY_TO_POST16 -> LocalDate.of(transferYear, Month.MARCH, 30);
            default -> LocalDate.of(transferYear, Month.FEBRUARY, 14);
        };
    }

    /** Whether the move is dated by its own day rather than by the transfer year. */
    public boolean datedByTheMove() {
        return this == POST16_TO_POST16;
    }
}
