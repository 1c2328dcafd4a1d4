package uk.ehcworkflow.query.improvement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.ehcworkflow.events.improvement.ActionRegistered;
import uk.ehcworkflow.events.improvement.ImprovementActionEvent;
import uk.ehcworkflow.events.improvement.MeasureRecorded;
import uk.ehcworkflow.events.improvement.ProgressRecorded;
import uk.ehcworkflow.events.improvement.Rag;
import uk.ehcworkflow.events.improvement.RagChanged;
import uk.ehcworkflow.events.improvement.SuccessCriterion;
import uk.ehcworkflow.query.readmodel.Recording;

/**
 * One Written Statement of Action action and every change made to it, each with who made it,
 * when it was recorded and the date it took effect. Its state on any day is read off the history.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class ActionTimeline {

    /** What a change did. */
    public enum ChangeKind { REGISTERED, RAG_CHANGED, PROGRESS_RECORDED, MEASURE_RECORDED }

    /** One entry of the action's history; fields that do not apply to its kind are null. */
    public record Change(ChangeKind what, Rag from, Rag to, String reason, LocalDate effectiveOn, Instant recordedAt,
                         String recordedBy, String note, List<String> evidence, String measure, BigDecimal value) {
    }

    /** A measure of success with its baseline, target and the actuals recorded for it. */
    public record Measure(String measure, String description, BigDecimal baseline, BigDecimal target,
                          LocalDate targetDate, List<Actual> actuals) {
    }

    /** An actual value of a measure as of a date. */
    public record Actual(LocalDate asOf, BigDecimal value) {
    }

    private String actionId;
    private long lastSequence = -1;
    private String reference;
    private String areaOfWeakness;
    private String title;
    private List<String> leads = List.of();
    private LocalDate dueBy;
    private List<SuccessCriterion> successCriteria = List.of();
    private final List<Change> history = new ArrayList<>();

    /** Folds one event in; false, changing nothing, for an event already folded in. */
    boolean apply(ImprovementActionEvent event, Recording recording) {
        if (recording.sequence() <= lastSequence) {
            return false;
        }
        lastSequence = recording.sequence();
        Instant recordedAt = recording.recordedAt();
        String recordedBy = recording.recordedBy();
        if (event instanceof ActionRegistered registered) {
            actionId = registered.actionId();
            reference = registered.reference();
            areaOfWeakness = registered.areaOfWeakness();
            title = registered.title();
            leads = List.copyOf(registered.leads());
            dueBy = registered.dueBy();
            successCriteria = List.copyOf(registered.successCriteria());
            history.add(new Change(ChangeKind.REGISTERED, null, Rag.RED, null, null, recordedAt, recordedBy, null, null,
                    null, null));
        } else if (event instanceof RagChanged changed) {
            history.add(new Change(ChangeKind.RAG_CHANGED, changed.from(), changed.to(), changed.reason(), changed.asOf(),
                    recordedAt, recordedBy, null, null, null, null));
        } else if (event instanceof ProgressRecorded progress) {
            history.add(new Change(ChangeKind.PROGRESS_RECORDED, null, null, null, null, recordedAt, recordedBy,
                    progress.note(), List.copyOf(progress.evidence()), null, null));
        } else if (event instanceof MeasureRecorded measured) {
            history.add(new Change(ChangeKind.MEASURE_RECORDED, null, null, null, measured.asOf(), recordedAt, recordedBy,
                    null, null, measured.measure(), measured.value()));
        }
        return true;
    }

    /** The action as it was known at an instant, or null if it had not been registered by then. */
    public ActionTimeline knownAt(Instant instant) {
        if (history.isEmpty() || history.get(0).recordedAt().isAfter(instant)) {
            return null;
        }
        ActionTimeline known = new ActionTimeline();
        known.actionId = actionId;
        known.lastSequence = lastSequence;
        known.reference = reference;
        known.areaOfWeakness = areaOfWeakness;
        known.title = title;
        known.leads = leads;
        known.dueBy = dueBy;
        known.successCriteria = successCriteria;
        history.stream().filter(change -> !change.recordedAt().isAfter(instant)).forEach(known.history::add);
        return known;
    }

    /** The sequence number of the action's last event folded in; -1 before any. */
    public long lastSequence() {
        return lastSequence;
    }

    public String actionId() {
        return actionId;
    }

    public String reference() {
        return reference;
    }

    public String areaOfWeakness() {
        return areaOfWeakness;
    }

    public String title() {
        return title;
    }

    public List<String> leads() {
        return leads;
    }

    public LocalDate dueBy() {
        return dueBy;
    }

    public List<SuccessCriterion> successCriteria() {
        return successCriteria;
    }

    public List<Change> history() {
        return List.copyOf(history);
    }

    public Instant registeredAt() {
        return history.isEmpty() ? null : history.get(0).recordedAt();
    }

    /** The RAG change in effect on a day: the last one that took effect on or before it. */
    public Optional<Change> ragChangeOn(LocalDate day) {
        return history.stream()
                .filter(change -> change.what() == ChangeKind.RAG_CHANGED && !change.effectiveOn().isAfter(day))
                .reduce((earlier, later) -> later);
    }

    /** An action not yet moved from its first status is RED, not started. */
    public Rag ragOn(LocalDate day) {
        return ragChangeOn(day).map(Change::to).orElse(Rag.RED);
    }

    /** Late: past its due date and neither complete nor running as business as usual. */
    public boolean overdueOn(LocalDate day) {
        Rag rag = ragOn(day);
        return dueBy.isBefore(day) && (rag == Rag.RED || rag == Rag.AMBER);
    }

    /** The last progress update recorded on or before a day (in the given zone). */
    public Optional<Change> latestProgressOn(LocalDate day, ZoneId zone) {
        return history.stream()
                .filter(change -> change.what() == ChangeKind.PROGRESS_RECORDED
                        && !change.recordedAt().atZone(zone).toLocalDate().isAfter(day))
                .reduce((earlier, later) -> later);
    }

    /** Each measurable success criterion with the actuals that had taken effect by a day. */
    public List<Measure> measuresOn(LocalDate day) {
        List<Measure> measures = new ArrayList<>();
        for (SuccessCriterion criterion : successCriteria) {
            if (criterion.measure() == null) {
                continue;
            }
            List<Actual> actuals = history.stream()
                    .filter(change -> change.what() == ChangeKind.MEASURE_RECORDED
                            && criterion.measure().equals(change.measure()) && !change.effectiveOn().isAfter(day))
                    .map(change -> new Actual(change.effectiveOn(), change.value()))
                    .sorted(Comparator.comparing(Actual::asOf))
                    .toList();
            measures.add(new Measure(criterion.measure(), criterion.description(), criterion.baseline(),
                    criterion.target(), criterion.targetDate(), actuals));
        }
        return measures;
    }
}
