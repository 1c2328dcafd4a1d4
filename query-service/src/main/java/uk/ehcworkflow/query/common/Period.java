package uk.ehcworkflow.query.common;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.ehcworkflow.platform.input.SaneDates;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/** A period of whole days asked for as a calendar {@code year}, or as {@code from} and {@code to} inclusive. */
public record Period(LocalDate from, LocalDate to) {

    static final int LONGEST_YEARS = 25;

    public static Period parse(Integer year, LocalDate from, LocalDate to) {
        if (year != null) {
            if (from != null || to != null) {
                throw new InvalidRequestException("year", "Give either year or from and to, not both.");
            }
            if (year < SaneDates.EARLIEST.getYear() || year > SaneDates.LATEST.getYear()) {
                throw new InvalidRequestException("year", "year " + year + " is not a plausible calendar year.");
            }
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (from == null) {
            throw new InvalidRequestException(to == null ? "year" : "from", "Give a year, or both from and to.");
        }
        if (to == null) {
            throw new InvalidRequestException("to", "to is required with from.");
        }
        SaneDates.require("from", from);
        SaneDates.require("to", to);
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "to " + to + " is before from " + from + ".");
        }
        if (ChronoUnit.YEARS.between(from, to) >= LONGEST_YEARS) {
            throw new InvalidRequestException("to", "A period may cover at most " + LONGEST_YEARS + " years.");
        }
        return new Period(from, to);
    }
}
