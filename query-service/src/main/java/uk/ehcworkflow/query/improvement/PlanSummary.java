package uk.ehcworkflow.query.improvement;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.improvement.Rag;

/**
 * The Written Statement of Action at a glance, for boards: how many actions stand at each RAG
 * status on a day, and each measure of success with its baseline, target and actuals so far.
 */
public record PlanSummary(LocalDate day, Map<Rag, Long> actionsByRag, List<Kpi> kpis) {

    /** A measure of success of one action. */
    public record Kpi(String reference, String title, ActionTimeline.Measure measure) {
    }

    public static PlanSummary of(List<ActionTimeline> actions, LocalDate day) {
        Map<Rag, Long> byRag = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            byRag.put(rag, actions.stream().filter(action -> action.ragOn(day) == rag).count());
        }
        List<Kpi> kpis = actions.stream().sorted(ActionViews.PLAN_ORDER)
                .flatMap(action -> action.measuresOn(day).stream().map(measure -> new Kpi(action.reference(), action.title(), measure)))
                .toList();
        return new PlanSummary(day, byRag, kpis);
    }
}
