package uk.ehcworkflow.query.panel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.ehcworkflow.events.panel.PanelAgency;
import uk.ehcworkflow.events.panel.PanelDecision;
import uk.ehcworkflow.query.common.Figures;

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

    private PanelReports() {
    }

    static Sitting sitting(PanelSitting panel) {
        Map<PanelAgency, List<String>> byAgency = new EnumMap<>(PanelAgency.class);
        panel.attendance().forEach(a -> byAgency.computeIfAbsent(a.agency(), x -> new ArrayList<>()).add(a.member()));
        return new Sitting(panel.panelId(), panel.heldOn(), panel.kind().name(), byAgency, panel.decisions());
    }

    static CoverageReport coverage(LocalDate from, LocalDate to, List<PanelSitting> panels) {
        List<Coverage> agencies = new ArrayList<>();
        for (PanelAgency agency : PanelAgency.values()) {
            long attended = panels.stream().filter(panel -> panel.attendedBy(agency)).count();
            agencies.add(new Coverage(agency, panels.size(), attended, Figures.percent(attended, panels.size())));
        }
        return new CoverageReport(from, to, panels.size(), agencies);
    }

    static DecisionReport decisions(LocalDate from, LocalDate to, List<PanelSitting> panels) {
        Map<YearMonth, Map<PanelDecision, Long>> byMonth = new TreeMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            byMonth.put(month, zeroes());
        }
        Map<PanelDecision, Long> total = zeroes();
        for (PanelSitting panel : panels) {
            for (PanelSitting.Decision decision : panel.decisions()) {
                byMonth.get(YearMonth.from(panel.heldOn())).merge(decision.decision(), 1L, Long::sum);
                total.merge(decision.decision(), 1L, Long::sum);
            }
        }
        List<DecisionMonth> months = new ArrayList<>();
        byMonth.forEach((month, counts) -> months.add(new DecisionMonth(month.toString(), sum(counts), counts)));
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
