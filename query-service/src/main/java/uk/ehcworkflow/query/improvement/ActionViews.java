package uk.ehcworkflow.query.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.improvement.Rag;
import uk.ehcworkflow.events.improvement.SuccessCriterion;

/** What the improvement board, an action's page and the highlight report show, on a given day. */
final class ActionViews {

    /** A progress update. */
    record Progress(String note, List<String> evidence, Instant recordedAt, String recordedBy) {
        static Progress of(ActionTimeline.Change change) {
            return new Progress(change.note(), change.evidence(), change.recordedAt(), change.recordedBy());
        }
    }

    /** One line of the board. */
    record BoardEntry(String actionId, String reference, String areaOfWeakness, String title, Rag rag,
                      List<String> leads, LocalDate dueBy, boolean overdue, Progress latestProgress) {
    }

    /** One action as it stands. */
    record Action(String actionId, String reference, String areaOfWeakness, String title, List<String> leads,
                  LocalDate dueBy, Rag rag, LocalDate ragSince, String ragReason, boolean overdue,
                  List<SuccessCriterion> successCriteria, List<ActionTimeline.Measure> measures, Progress latestProgress,
                  Instant registeredAt) {
    }

    /** The highlight report: per area of weakness, each action's RAG, latest update and measures. */
    record HighlightReport(LocalDate asOf, List<Area> areas) {
    }

    record Area(String areaOfWeakness, List<Highlight> actions) {
    }

    record Highlight(String actionId, String reference, String title, List<String> leads, LocalDate dueBy, Rag rag,
                     String ragReason, boolean overdue, Progress latestUpdate, List<ActionTimeline.Measure> measures) {
    }

    /** Plan order: "2.9" before "2.10", numbers compared as numbers. */
    static final Comparator<ActionTimeline> PLAN_ORDER = (a, b) -> compareReferences(a.reference(), b.reference());

    private ActionViews() {
    }

    static BoardEntry boardEntry(ActionTimeline action, LocalDate day, ZoneId zone) {
        return new BoardEntry(action.actionId(), action.reference(), action.areaOfWeakness(), action.title(),
                action.ragOn(day), action.leads(), action.dueBy(), action.overdueOn(day),
                action.latestProgressOn(day, zone).map(Progress::of).orElse(null));
    }

    static Action action(ActionTimeline action, LocalDate day, ZoneId zone) {
        var ragChange = action.ragChangeOn(day);
        return new Action(action.actionId(), action.reference(), action.areaOfWeakness(), action.title(),
                action.leads(), action.dueBy(), action.ragOn(day),
                ragChange.map(ActionTimeline.Change::effectiveOn).orElse(null),
                ragChange.map(ActionTimeline.Change::reason).orElse(null), action.overdueOn(day),
                action.successCriteria(), action.measuresOn(day),
                action.latestProgressOn(day, zone).map(Progress::of).orElse(null), action.registeredAt());
    }

    static HighlightReport highlightReport(List<ActionTimeline> actions, LocalDate day, ZoneId zone) {
        Map<String, List<Highlight>> byArea = new LinkedHashMap<>();
        actions.stream().sorted(PLAN_ORDER).forEach(action -> byArea
                .computeIfAbsent(action.areaOfWeakness(), area -> new ArrayList<>())
                .add(new Highlight(action.actionId(), action.reference(), action.title(), action.leads(),
                        action.dueBy(), action.ragOn(day),
                        action.ragChangeOn(day).map(ActionTimeline.Change::reason).orElse(null), action.overdueOn(day),
                        action.latestProgressOn(day, zone).map(Progress::of).orElse(null), action.measuresOn(day))));
        List<Area> areas = new ArrayList<>();
        byArea.forEach((area, highlights) -> areas.add(new Area(area, highlights)));
        return new HighlightReport(day, areas);
    }

    static int compareReferences(String a, String b) {
        String[] left = a.split("[.\\-]");
        String[] right = b.split("[.\\-]");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = left[i].matches("\\d+") && right[i].matches("\\d+")
                    ? compareNumerals(left[i], right[i])
                    : left[i].compareToIgnoreCase(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    /** Numerals of any length compared by value: an earlier version accepted references with 30-digit parts. */
    private static int compareNumerals(String a, String b) {
        String left = a.replaceFirst("^0+(?=.)", "");
        String right = b.replaceFirst("^0+(?=.)", "");
        return left.length() != right.length() ? Integer.compare(left.length(), right.length()) : left.compareTo(right);
    }
}
