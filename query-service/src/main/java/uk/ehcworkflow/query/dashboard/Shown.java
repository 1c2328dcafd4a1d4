package uk.ehcworkflow.query.dashboard;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A figure as a page shows it. On the publishable dashboard small numbers could point to a child,
 * so counts from 1 to 4 read "fewer than 5" and a percentage or an average over fewer than 5
 * cases is withheld, as the DfE's own publications do.
 */
sealed interface Shown permits Shown.Count, Shown.Percent, Shown.Weeks {

    int SMALLEST_SHOWN = 5;
    String FEWER_THAN_FIVE = "fewer than 5";
    String WITHHELD = "withheld (fewer than 5)";

    /** The text to show; {@code publishable} applies the small-number rules. */
    String text(boolean publishable);

    /** The number to plot, or null where the table says it is withheld or there is none. */
    Double plotted(boolean publishable);

    record Count(long count) implements Shown {
        @Override
        public String text(boolean publishable) {
            return publishable && count > 0 && count < SMALLEST_SHOWN ? FEWER_THAN_FIVE
                    : NumberFormat.getIntegerInstance(Locale.UK).format(count);
        }

        @Override
        public Double plotted(boolean publishable) {
            return publishable && count > 0 && count < SMALLEST_SHOWN ? null : (double) count;
        }
    }

    /** A percentage of {@code of} cases; null when there were none. */
    record Percent(Double percent, long of) implements Shown {
        @Override
        public String text(boolean publishable) {
            if (percent == null) {
                return "no cases";
            }
            return publishable && of < SMALLEST_SHOWN ? WITHHELD : percent + "%";
        }

        @Override
        public Double plotted(boolean publishable) {
            return percent == null || publishable && of < SMALLEST_SHOWN ? null : percent;
        }
    }

    /** An average number of weeks over {@code of} cases; null when there were none. */
    record Weeks(Double weeks, long of) implements Shown {
        @Override
        public String text(boolean publishable) {
            if (weeks == null) {
                return "no cases";
            }
            return publishable && of < SMALLEST_SHOWN ? WITHHELD : weeks + " weeks";
        }

        @Override
        public Double plotted(boolean publishable) {
            return weeks == null || publishable && of < SMALLEST_SHOWN ? null : weeks;
        }
    }
}
