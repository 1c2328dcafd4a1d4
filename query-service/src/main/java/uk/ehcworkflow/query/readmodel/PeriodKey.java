package uk.ehcworkflow.query.readmodel;

import java.time.LocalDate;
import java.time.YearMonth;

/** Ids of the counter documents: {@code d:2024-06-03} for a day, {@code m:2024-06} for a month. */
public final class PeriodKey {

    /** Where the month documents' run of ids starts. */
    public static final String MONTHS = "m:";

    private PeriodKey() {
    }

    public static String day(LocalDate day) {
        return "d:" + day;
    }

    public static String month(LocalDate day) {
        return month(YearMonth.from(day));
    }

    public static String month(YearMonth month) {
        return MONTHS + month;
    }
}
