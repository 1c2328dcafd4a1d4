package uk.ehcworkflow.query.audit;

import java.time.LocalDate;

/** The first and last days on which anything was recorded: where a search of the trail can stop. */
final class Extent {

    static final String ID = "extent";

    private LocalDate first;
    private LocalDate last;

    Extent() {
    }

    Extent(LocalDate first, LocalDate last) {
        this.first = first;
        this.last = last;
    }

    public LocalDate getFirst() {
        return first;
    }

    public LocalDate getLast() {
        return last;
    }

    /** Widens the extent to take in a day; true if it changed. */
    boolean include(LocalDate day) {
        boolean changed = false;
        if (first == null || day.isBefore(first)) {
            first = day;
            changed = true;
        }
        if (last == null || day.isAfter(last)) {
            last = day;
            changed = true;
        }
        return changed;
    }
}
