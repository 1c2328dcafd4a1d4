package uk.ehcworkflow.query.panel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import uk.ehcworkflow.events.panel.PanelAgency;
import uk.ehcworkflow.events.panel.PanelDecision;
import uk.ehcworkflow.query.common.Figures;
import uk.ehcworkflow.query.readmodel.DayCounts;

/** The answers built from the sittings of a period. */
public final class PanelReports {

    /** A sitting with its attendance grouped by agency. */
    public record Sitting(String panelId, LocalDate heldOn, String kind, Map<PanelAgency, List<String>> attendance,
                   List<PanelSitting.Decision> decisions) {
    }

    /** How many of the period's sittings an agency attended. */
    public record Coverage(PanelAgency agency, long sittings, long attended, Double percentAttended) {
    }

    public record CoverageReport(LocalDate from, LocalDate to, long sittings, List<Coverage> agencies) {
    }

    /** Decisions taken in one month, by outcome. */
    record DecisionMonth(String month, long total, Map<PanelDecision, Long> byOutcome) {
    }

    record DecisionReport(LocalDate from, LocalDate to, long total, Map<PanelDecision, Long> byOutcome,
                          List<DecisionMonth> months) {
    }

    static final String SITTINGS = "sittings";
    static final String ATTENDED = "attended.";
    static final String DECIDED = "decided.";

    private PanelReports() {
    }

    static Sitting sitting(PanelSitting panel) {
        Map<PanelAgency, List<String>> byAgency = new EnumMap<>(PanelAgency.class);
        panel.attendance().forEach(a -> byAgency.computeIfAbsent(a.agency(), x -> new ArrayList<>()).add(a.member()));
        return new Sitting(panel.panelId(), panel.heldOn(), panel.kind().name(), byAgency, panel.decisions());
    }

    /** What one sitting adds to the reports, on the day it sat: kept as counters by day and by recorded time (ADR 37). */
    static Map<LocalDate, Map<String, Long>> contribution(PanelSitting panel) {
        Map<LocalDate, Map<String, Long>> counts = new HashMap<>();
        if (panel.heldOn() == null) {
            return counts;
        }
        DayCounts.count(counts, panel.heldOn(), SITTINGS, 1);
        for (PanelAgency agency : PanelAgency.values()) {
            DayCounts.count(counts, panel.heldOn(), ATTENDED + agency, panel.attendedBy(agency) ? 1 : 0);
        }
        panel.decisions().forEach(decision -> DayCounts.count(counts, panel.heldOn(), DECIDED + decision.decision(), 1));
        return counts;
    }

    /** The sums of these sittings' contributions over a period, as the counters would give them. */
    static Map<String, Long> sum(LocalDate from, LocalDate to, List<PanelSitting> panels) {
        Map<String, Long> sums = new HashMap<>();
        panels.forEach(panel -> contribution(panel).forEach((day, counts) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                counts.forEach((counter, value) -> sums.merge(counter, value, Long::sum));
            }
        }));
        return sums;
    }

    /** How many of the period's sittings each agency attended, from the sums of its counters. */
    static CoverageReport coverage(LocalDate from, LocalDate to, Map<String, Long> sums) {
        long sittings = sums.getOrDefault(SITTINGS, 0L);
        List<Coverage> agencies = new ArrayList<>();
        for (PanelAgency agency : PanelAgency.values()) {
            long attended = sums.getOrDefault(ATTENDED + agency, 0L);
            agencies.add(new Coverage(agency, sittings, attended, Figures.percent(attended, sittings)));
        }
        return new CoverageReport(from, to, sittings, agencies);
    }

    /** Decisions taken in the period, by outcome and by month, from the sums of each month's counters within it. */
    static DecisionReport decisions(LocalDate from, LocalDate to, BiFunction<LocalDate, LocalDate, Map<String, Long>> sumOver) {
        Map<PanelDecision, Long> total = zeroes();
        List<DecisionMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            Map<String, Long> sums = sumOver.apply(first, last);
            Map<PanelDecision, Long> counts = zeroes();
            counts.replaceAll((decision, zero) -> sums.getOrDefault(DECIDED + decision, 0L));
            counts.forEach((decision, value) -> total.merge(decision, value, Long::sum));
            months.add(new DecisionMonth(month.toString(), sum(counts), counts));
        }
        return new DecisionReport(from, to, sum(total), total, months);
    }

    private static Map<PanelDecision, Long> zeroes() {
        Map<PanelDecision, Long> counts = new LinkedHashMap<>();
        for (PanelDecision decision : PanelDecision.values()) {
            counts.put(decision, 0L);
        }
        return counts;
    }

    private static long sum(Map<PanelDecision, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
