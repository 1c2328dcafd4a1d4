package uk.ehcworkflow.query.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.query.common.Period;

/**
 * The period a board asks about: a calendar year, a financial year (1 April to 31 March, named by
 * the year it starts) or any days from and to.
 */
record DashboardPeriod(Kind kind, Period period, String label) {

    enum Kind { CALENDAR, FINANCIAL, CUSTOM }

    static DashboardPeriod of(String kind, Integer year, LocalDate from, LocalDate to, LocalDate today) {
        Kind chosen = kind == null || kind.isBlank() ? Kind.CALENDAR : parse(kind);
        return switch (chosen) {
            case CALENDAR -> {
                int y = year == null ? today.getYear() : year;
                Period period = Period.parse(y, null, null);
                yield new DashboardPeriod(chosen, period, "Calendar year " + y);
            }
            case FINANCIAL -> {
                int y = year == null ? (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) : year;
                Period checked = Period.parse(y, null, null);
                Period period = new Period(LocalDate.of(checked.from().getYear(), 4, 1), LocalDate.of(y + 1, 3, 31));
                yield new DashboardPeriod(chosen, period, "Financial year " + y + "/" + String.valueOf(y + 1).substring(2));
            }
            case CUSTOM -> {
                Period period = Period.parse(null, from, to);
                yield new DashboardPeriod(chosen, period, period.from() + " to " + period.to());
            }
        };
    }

    /** The twelve or twenty-four whole months ending with the period's last month, for the trends. */
    Period lastMonths(int months) {
        YearMonth last = YearMonth.from(period.to());
        return new Period(last.minusMonths(months - 1L).atDay(1), last.atEndOfMonth());
    }

    private static Kind parse(String kind) {
        try {
            return Kind.valueOf(kind.toUpperCase(Locale.UK));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException("kind", "kind must be CALENDAR, FINANCIAL or CUSTOM.");
        }
    }
}
