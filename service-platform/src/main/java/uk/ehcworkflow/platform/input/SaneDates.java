package uk.ehcworkflow.platform.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/**
 * The dates the service accepts anywhere, in a body or a query: 1900 to 2100. Every reader can
 * then count days, weeks and months from any stored date without overflowing, and a typing slip
 * of a year 0 or 20245 is refused at the door instead of poisoning a read model.
 */
public final class SaneDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private SaneDates() {
    }

    public static boolean accepts(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean accepts(Instant instant) {
        return !instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The date itself, or a 400 naming the field when it lies outside the range (null passes: absent). */
    public static LocalDate require(String field, LocalDate date) {
        if (date != null && !accepts(date)) {
            throw new InvalidRequestException(field, field + " " + date + " is out of range; " + expectation() + ".");
        }
        return date;
    }

    /** The instant itself, or a 400 naming the field when it lies outside the range. */
    public static Instant require(String field, Instant instant) {
        if (instant != null && !accepts(instant)) {
            throw new InvalidRequestException(field, field + " " + instant + " is out of range; " + expectation() + ".");
        }
        return instant;
    }

    /** What the refusal says, after the field's name and value. */
    public static String expectation() {
        return "expected a date from " + EARLIEST + " to " + LATEST;
    }
}
