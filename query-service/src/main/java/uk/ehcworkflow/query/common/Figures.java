package uk.ehcworkflow.query.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are shown: to one decimal place, and null (never NaN) when nothing was counted. */
public final class Figures {

    private Figures() {
    }

    public static Double percent(long part, long whole) {
        return whole == 0 ? null : oneDecimal(100.0 * part / whole);
    }

    /** Weeks as the national statistics count them: days divided by seven. */
    public static Double weeks(long days) {
        return oneDecimal(days / 7.0);
    }

    public static Double average(long total, long count) {
        return count == 0 ? null : oneDecimal((double) total / count);
    }

    private static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
