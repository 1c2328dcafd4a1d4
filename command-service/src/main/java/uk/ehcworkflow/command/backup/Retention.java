package uk.ehcworkflow.command.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest of each of the last {@code daily} days that have one, of the
 * last {@code weekly} weeks and of the last {@code monthly} months (days, weeks and months in the
 * area's zone), and always the newest of all. The rest are deleted after each new backup, so the
 * folder holds about a month of days, two months of weeks and a year of months, not every backup
 * ever taken.
 */
record Retention(int daily, int weekly, int monthly) {

    Retention {
        if (daily < 1 || weekly < 0 || monthly < 0) {
            throw new IllegalArgumentException("Keep at least 1 daily backup, and no negative number of weekly or monthly");
        }
    }

    /** The times, of those given, whose backups are kept. */
    Set<Instant> keep(List<Instant> taken, ZoneId zone) {
        List<Instant> newestFirst = taken.stream().sorted(Comparator.reverseOrder()).toList();
        Set<Instant> kept = new LinkedHashSet<>();
        if (!newestFirst.isEmpty()) {
            kept.add(newestFirst.get(0));
        }
        kept.addAll(newestOfEach(newestFirst, daily, at -> day(at, zone)));
        kept.addAll(newestOfEach(newestFirst, weekly, at -> {
            LocalDate day = day(at, zone);
            return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }));
        kept.addAll(newestOfEach(newestFirst, monthly, at -> day(at, zone).withDayOfMonth(1)));
        return kept;
    }

    private static List<Instant> newestOfEach(List<Instant> newestFirst, int periods, Function<Instant, Object> period) {
        Set<Object> seen = new HashSet<>();
        return newestFirst.stream().filter(at -> seen.size() < periods && seen.add(period.apply(at))).toList();
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }
}
