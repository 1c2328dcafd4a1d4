package uk.ehcworkflow.query.timeliness;

import java.time.LocalDate;
import java.time.YearMonth;

/** Ids of the counter documents: {@code d:2024-06-03} for a day, {@code m:2024-06} for a month. */
final class PeriodKey {

    private PeriodKey() {
    }

    static String day(LocalDate day) {
        return "d:" + day;
    }

    static String month(LocalDate day) {
        return month(YearMonth.from(day));
    }

    static String month(YearMonth month) {
        return "m:" + month;
    }
}
