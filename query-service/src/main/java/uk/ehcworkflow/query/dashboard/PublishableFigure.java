package uk.ehcworkflow.query.dashboard;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A figure as a page shows it, and as the publishable dashboard may: there, under
 * {@link SmallNumbers}' rule, counts from 1 to 4 read "fewer than 5" and a percentage or an
 * average over fewer than 5 cases is withheld, as the DfE's own publications do (primary
 * suppression). What else must be withheld so that those cannot be worked out again is
 * {@link Disclosure}'s to judge.
 */
sealed interface PublishableFigure permits PublishableFigure.Count, PublishableFigure.Percent, PublishableFigure.Weeks,
        PublishableFigure.Withheld {

    String FEWER_THAN_FIVE = "fewer than " + SmallNumbers.SMALLEST_SHOWN;
    String WITHHELD = "withheld (fewer than " + SmallNumbers.SMALLEST_SHOWN + ")";

    /** The text to show; {@code publishable} applies the small-number rules. */
    String text(boolean publishable);

    /** The number to plot, or null where the table says it is withheld or there is none. */
    Double plotted(boolean publishable);

    /** How many children the figure counts: the count, a percentage's part, an average's cases. */
    long children();

    /** Whether the small-number rules withhold this figure itself when it is published. */
    default boolean small() {
        return plotted(true) == null && plotted(false) != null;
    }

    /**
     * A figure withheld from the publishable dashboard, though not small itself, because a small
     * one could be worked out from it; it says so. Only {@link Disclosure} makes one.
     */
    record Withheld(PublishableFigure figure) implements PublishableFigure {
        static final String TEXT = "withheld (it would reveal a number under 5)";

        @Override
        public String text(boolean publishable) {
            return publishable ? TEXT : figure.text(false);
        }

        @Override
        public Double plotted(boolean publishable) {
            return publishable ? null : figure.plotted(false);
        }

        @Override
        public long children() {
            return figure.children();
        }
    }

    record Count(long count) implements PublishableFigure {
        @Override
        public String text(boolean publishable) {
            return publishable && SmallNumbers.suppressed(count) ? FEWER_THAN_FIVE
                    : NumberFormat.getIntegerInstance(Locale.UK).format(count);
        }

        @Override
        public Double plotted(boolean publishable) {
            return publishable && SmallNumbers.suppressed(count) ? null : (double) count;
        }

        @Override
        public long children() {
            return count;
        }
    }

    /** A percentage of {@code of} cases; null when there were none. */
    record Percent(Double percent, long of) implements PublishableFigure {
        @Override
        public String text(boolean publishable) {
            if (percent == null) {
                return "no cases";
            }
            return publishable && SmallNumbers.suppressed(of) ? WITHHELD : percent + "%";
        }

        @Override
        public Double plotted(boolean publishable) {
            return percent == null || publishable && SmallNumbers.suppressed(of) ? null : percent;
        }

        /** The part the percentage is of {@code of}: exact, since percentages are shown to one decimal of whole counts. */
        @Override
        public long children() {
            return percent == null ? 0 : Math.round(percent * of / 100.0);
        }
    }

    /** An average number of weeks over {@code of} cases; null when there were none. */
    record Weeks(Double weeks, long of) implements PublishableFigure {
        @Override
        public String text(boolean publishable) {
            if (weeks == null) {
                return "no cases";
            }
            return publishable && SmallNumbers.suppressed(of) ? WITHHELD : weeks + " weeks";
        }

        @Override
        public Double plotted(boolean publishable) {
            return weeks == null || publishable && SmallNumbers.suppressed(of) ? null : weeks;
        }

        @Override
        public long children() {
            return of;
        }
    }
}
