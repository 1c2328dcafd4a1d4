package uk.ehcworkflow.query.returns;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/**
 * One year's SEN2 collection: its census day, the Thursday in January the DfE sets, on which the
 * snapshot modules (active plans, placements, needs) are taken; and its flow period, the calendar
 * year before, over which requests, assessments, plans issued and plans ceased are counted.
 * The days the DfE has published are held here; for a year it has not, the third Thursday of
 * January, which each published day has been.
 */
public record CollectionYear(int year, LocalDate censusDay) {

    /** The survey days the DfE's guide publishes (gov.uk, special educational needs survey guide). */
    private static final Map<Integer, LocalDate> PUBLISHED = Map.of(
            2025, LocalDate.of(2025, 1, 16),
            2026, LocalDate.of(2026, 1, 15),
            2027, LocalDate.of(2027, 1, 21));
    static final int FIRST = 2015;

    public static CollectionYear of(Integer year, LocalDate today) {
        if (year == null) {
            throw new InvalidRequestException("year", "Give the collection's year (year=2026 for the return made in January 2026).");
        }
        if (year < FIRST || year > today.getYear() + 1) {
            throw new InvalidRequestException("year", "A SEN2 collection's year is from " + FIRST + " to "
                    + (today.getYear() + 1) + ".");
        }
        return new CollectionYear(year, PUBLISHED.getOrDefault(year, thirdThursdayOfJanuary(year)));
    }

    /** Whether the census day is one the DfE published, rather than worked out. */
    public boolean censusDayPublished() {
        return PUBLISHED.containsKey(year);
    }

    static LocalDate thirdThursdayOfJanuary(int year) {
        return LocalDate.of(year, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
    }

    /** The first day of the flow period: 1 January of the year before. */
    public LocalDate flowFrom() {
        return LocalDate.of(year - 1, 1, 1);
    }

    /** The last day of the flow period: 31 December of the year before. */
    public LocalDate flowTo() {
        return LocalDate.of(year - 1, 12, 31);
    }

    public boolean inFlow(LocalDate day) {
        return day != null && !day.isBefore(flowFrom()) && !day.isAfter(flowTo());
    }

    /** On or before census day: what the return can know of. */
    public boolean byCensus(LocalDate day) {
        return day != null && !day.isAfter(censusDay);
    }
}
