package uk.ehcworkflow.query.quality;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/**
 * A quarter of a calendar year, as a board reports: Q1 January to March, Q2 April to June, Q3 July
 * to September, Q4 October to December (the financial year's quarters are the same months, named
 * one later: the report names the months, so nobody has to know which count is meant).
 */
public record Quarter(int year, int number) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-Q([1-4])");

    /** A quarter written like {@code 2026-Q4}; a 400 naming the field otherwise. */
    public static Quarter parse(String field, String written) {
        Matcher matcher = WRITTEN.matcher(written == null ? "" : written);
        if (!matcher.matches()) {
            throw new InvalidRequestException(field, field + " '" + written + "' is not a quarter written like 2026-Q4.");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2000 || year > 2100) {
            throw new InvalidRequestException(field, field + " " + written + " is not a plausible year's quarter.");
        }
        return new Quarter(year, Integer.parseInt(matcher.group(2)));
    }

    /** The last quarter that is over on that day. */
    public static Quarter lastEndedBefore(LocalDate day) {
        return of(YearMonth.from(day)).previous();
    }

    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, number * 3 - 2);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(2);
    }

    public Quarter previous() {
        return of(firstMonth().minusMonths(1));
    }

    /** For example "October to December 2026". */
    public String months() {
        return name(firstMonth()) + " to " + name(lastMonth()) + " " + year;
    }

    private static String name(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
