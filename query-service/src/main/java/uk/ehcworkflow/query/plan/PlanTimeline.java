package uk.ehcworkflow.query.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.PlanRegistered;
import uk.ehcworkflow.query.readmodel.Recording;

/**
 * What the read side holds of one plan: its events as recorded, each with when and by whom.
 * A plan has a handful of events a year, so its state ({@link PlanState}) is folded from them
 * when read; the same fold serves today's read, a read as known at a past instant and the figures.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class PlanTimeline {

    /** One recorded event of the plan. */
    public record Fact(long sequence, Instant recordedAt, String recordedBy,
                       @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) PlanEvent event) {
    }

    private String planId;
    /** Sealed as in the assessment (the same key) or at registration: opened only through the key store (ADR 21). */
    private SealedPersonalData child;
    private long lastSequence = -1;
    private final List<Fact> facts = new ArrayList<>();
    /** The fold of the facts, made once per change: lists and figures ask each plan for it more than once. */
    @JsonIgnore
    private transient volatile PlanState state;

    /** Folds one event in; false, changing nothing, for an event already folded in (a redelivery). */
    public boolean apply(PlanEvent event, Recording recording) {
        if (recording.sequence() <= lastSequence) {
            return false;
        }
        lastSequence = recording.sequence();
        planId = event.planId();
        if (event instanceof PlanIssued issued) {
            child = issued.child();
        } else if (event instanceof PlanRegistered registered) {
            child = registered.child();
        }
        facts.add(new Fact(recording.sequence(), recording.recordedAt(), recording.recordedBy(), event));
        state = null;
        return true;
    }

    /** The plan as known at an instant: only the events recorded by then. */
    public PlanTimeline knownAt(Instant instant) {
        PlanTimeline known = new PlanTimeline();
        for (Fact fact : facts) {
            if (!fact.recordedAt().isAfter(instant)) {
                known.apply(fact.event(), new Recording(fact.sequence(), fact.recordedAt(), fact.recordedBy()));
            }
        }
        return known;
    }

    public boolean exists() {
        return planId != null;
    }

    public String planId() {
        return planId;
    }

    public SealedPersonalData child() {
        return child;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public List<Fact> facts() {
        return List.copyOf(facts);
    }

    /** The plan's state, folded from its events. */
    public PlanState state() {
        PlanState folded = state;
        if (folded == null) {
            folded = PlanState.of(facts);
            state = folded;
        }
        return folded;
    }
}
