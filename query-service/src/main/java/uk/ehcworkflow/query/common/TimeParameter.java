package uk.ehcworkflow.query.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import uk.ehcworkflow.platform.input.SaneDates;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/**
 * A point in time given as a query parameter: an instant ({@code 2024-06-01T12:00:00Z}) or a
 * date ({@code 2024-06-01}), which as an upper bound means the end of that day in England; either
 * within the dates the service accepts anywhere ({@link SaneDates}).
 */
public final class TimeParameter {

    private TimeParameter() {
    }

    /** The instant itself, or the first moment of the date. */
    public static Instant startOf(String field, String value, ZoneId zone) {
        return parse(field, value, zone, false);
    }

    /** The instant itself, or the last moment of the date: "as known on 1 June" includes all of 1 June. */
    public static Instant endOf(String field, String value, ZoneId zone) {
        return parse(field, value, zone, true);
    }

    private static Instant parse(String field, String value, ZoneId zone, boolean end) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = SaneDates.require(field, LocalDate.parse(value));
                return end ? day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1) : day.atStartOfDay(zone).toInstant();
            }
            return SaneDates.require(field, Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " '" + value
                    + "' is neither a date such as 2026-01-15 nor an instant such as 2026-01-15T09:30:00Z.");
        }
    }
}
