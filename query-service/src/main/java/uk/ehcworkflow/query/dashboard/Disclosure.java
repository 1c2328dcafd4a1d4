package uk.ehcworkflow.query.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import uk.ehcworkflow.query.common.Period;

/**
 * Statistical disclosure control for the publishable dashboard, as the DfE and the ONS practise it.
 * Primary suppression ({@link PublishableFigure}) hides counts from 1 to 4 and percentages or averages over
 * fewer than 5 children. Secondary suppression, here, hides every other figure from which one of
 * those could be worked out again:
 * <ul>
 *   <li>a percentage whose part, or whose rest, is from 1 to 4 children ("6 requests, 16.7%
 *       refused" is one refusal; "83.3% decided in time" is one decided late);</li>
 *   <li>in a total and the parts it adds up to (plans issued and its time bands; the period's
 *       requests and plans and the months of a trend over the same months), a part shown beside
 *       a total and every other part but one withheld part: the smallest other part is withheld
 *       too, and so on until no withheld figure is the difference of shown ones.</li>
 * </ul>
 * A month shown in both trends is one figure, withheld in both or neither.
 */
final class Disclosure {

    private Disclosure() {
    }

    /** The dashboard as it may be published: every figure that would give a small number away withheld. */
    static PerformanceDashboard publishable(PerformanceDashboard d) {
        Map<String, PublishableFigure> figures = new LinkedHashMap<>();
        for (List<PerformanceDashboard.Headline> rows : List.of(d.headlines(), d.advice(), d.reviews(), d.disputes())) {
            rows.forEach(row -> figures.put(row.id(), row.value()));
        }
        for (PerformanceDashboard.Trend trend : List.of(d.lastTwelveMonths(), d.lastTwentyFourMonths())) {
            for (PerformanceDashboard.Series series : trend.series()) {
                for (int i = 0; i < trend.months().size(); i++) {
                    figures.putIfAbsent(monthOf(series.label(), trend.months().get(i)), series.values().get(i));
                }
            }
        }
        Set<String> withheld = new HashSet<>();
        figures.forEach((id, figure) -> {
            if (figure.small() || revealsItsPartOrRest(figure)) {
                withheld.add(id);
            }
        });
        List<Sum> sums = sums(d);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                changed |= sum.protect(figures, withheld);
            }
        }
        return new PerformanceDashboard(d.period(), d.knownAt(), d.today(), rows(d.headlines(), figures, withheld),
                rows(d.advice(), figures, withheld), rows(d.reviews(), figures, withheld), rows(d.disputes(), figures, withheld),
                trend(d.lastTwelveMonths(), figures, withheld), trend(d.lastTwentyFourMonths(), figures, withheld),
                d.panels(), d.plan());
    }

    private static boolean revealsItsPartOrRest(PublishableFigure figure) {
        if (!(figure instanceof PublishableFigure.Percent percent) || percent.percent() == null) {
            return false;
        }
        long part = percent.children();
        return SmallNumbers.suppressed(part) || SmallNumbers.suppressed(percent.of() - part);
    }

    /**
     * A total and the figures that add up to it. A reader of the published figures knows the total,
     * the parts shown, and that a part shown as "fewer than 5" is from 1 to 4; the withheld parts
     * are safe only while more than one set of values fits all that.
     */
    private record Sum(String total, List<String> parts) {

        /** Withholds one more figure where the withheld ones could be worked out; true if it did. */
        boolean protect(Map<String, PublishableFigure> figures, Set<String> withheld) {
            if (!figures.containsKey(total) || !figures.keySet().containsAll(parts)) {
                return false;
            }
            List<String> hidden = parts.stream().filter(withheld::contains).toList();
            List<String> shown = parts.stream().filter(part -> !withheld.contains(part)).toList();
            if (withheld.contains(total)) {
                // a withheld total is the sum of its parts when all of them are shown
                return hidden.isEmpty() && hideAnotherOf(shown, figures, withheld);
            }
            if (hidden.isEmpty()) {
                return false;
            }
            long rest = figures.get(total).children() - shown.stream().mapToLong(part -> figures.get(part).children()).sum();
            long least = hidden.stream().filter(part -> figures.get(part) instanceof PublishableFigure.Count count && count.small()).count();
            boolean bounded = hidden.stream().allMatch(part -> figures.get(part).small() && figures.get(part) instanceof PublishableFigure.Count);
            boolean workedOut = hidden.size() == 1 || rest == least || (bounded && rest == (long) (SmallNumbers.SMALLEST_SHOWN - 1) * hidden.size());
            if (!workedOut) {
                return false;
            }
            // another part that is more than nothing widens what the withheld parts could be; failing one, the total goes
            return hideAnotherOf(shown, figures, withheld) || withheld.add(total);
        }

        private static boolean hideAnotherOf(List<String> shown, Map<String, PublishableFigure> figures, Set<String> withheld) {
            return shown.stream().filter(part -> figures.get(part).children() > 0)
                    .min(Comparator.comparingLong(part -> figures.get(part).children()))
                    .map(withheld::add).orElse(false);
        }
    }

    private static List<Sum> sums(PerformanceDashboard d) {
        List<Sum> sums = new ArrayList<>();
        sums.add(new Sum("plans-issued", List.of("band-20", "band-52", "band-over-52")));
        Period period = d.period().period();
        for (PerformanceDashboard.Trend trend : List.of(d.lastTwelveMonths(), d.lastTwentyFourMonths())) {
            List<String> months = trend.months();
            if (months.isEmpty() || !YearMonth.parse(months.get(0)).atDay(1).equals(period.from())
                    || !YearMonth.parse(months.get(months.size() - 1)).atEndOfMonth().equals(period.to())) {
                continue;
            }
            sums.add(new Sum("requests", months.stream().map(month -> monthOf(PerformanceDashboard.REQUESTS_SERIES, month)).toList()));
            sums.add(new Sum("plans-issued", months.stream().map(month -> monthOf(PerformanceDashboard.PLANS_SERIES, month)).toList()));
        }
        // the two trends' overlapping months add up to the same totals only through the period's own figures, above
        return sums;
    }

    private static String monthOf(String series, String month) {
        return "month:" + series + ":" + month;
    }

    private static PublishableFigure published(String id, Map<String, PublishableFigure> figures, Set<String> withheld) {
        PublishableFigure figure = figures.get(id);
        return withheld.contains(id) && !figure.small() ? new PublishableFigure.Withheld(figure) : figure;
    }

    private static List<PerformanceDashboard.Headline> rows(List<PerformanceDashboard.Headline> rows, Map<String, PublishableFigure> figures,
                                                           Set<String> withheld) {
        return rows.stream().map(row -> new PerformanceDashboard.Headline(row.id(), row.label(),
                published(row.id(), figures, withheld), row.england())).toList();
    }

    private static PerformanceDashboard.Trend trend(PerformanceDashboard.Trend trend, Map<String, PublishableFigure> figures, Set<String> withheld) {
        List<PerformanceDashboard.Series> series = trend.series().stream().map(line -> {
            List<PublishableFigure> values = new ArrayList<>();
            for (String month : trend.months()) {
                values.add(published(monthOf(line.label(), month), figures, withheld));
            }
            return new PerformanceDashboard.Series(line.label(), values);
        }).toList();
        return new PerformanceDashboard.Trend(trend.id(), trend.title(), trend.months(), series);
    }
}
