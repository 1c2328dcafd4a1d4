package uk.ehcworkflow.query.dispute;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.query.readmodel.Recording;

/**
 * What the read side holds of one dispute: its events as recorded, each with when and by whom.
 * A dispute has a handful of events, so its state ({@link DisputeState}) is folded from them when
 * read; the same fold serves today's read, a read as known at a past instant and the figures.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class DisputeTimeline {

    /** One recorded event of the dispute. */
    public record Fact(long sequence, Instant recordedAt, String recordedBy,
                       @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) DisputeEvent event) {
    }

    private String disputeId;
    /** The assessment or plan disputed: indexed, so a case's timeline finds its disputes. */
    private String caseId;
    private long lastSequence = -1;
    private final List<Fact> facts = new ArrayList<>();
    @JsonIgnore
    private transient volatile DisputeState state;

    /** Folds one event in; false, changing nothing, for an event already folded in (a redelivery). */
    public boolean apply(DisputeEvent event, Recording recording) {
        if (recording.sequence() <= lastSequence) {
            return false;
        }
        lastSequence = recording.sequence();
        disputeId = event.disputeId();
        caseId = event.caseId();
        facts.add(new Fact(recording.sequence(), recording.recordedAt(), recording.recordedBy(), event));
        state = null;
        return true;
    }

    /** The dispute as known at an instant: only the events recorded by then. */
    public DisputeTimeline knownAt(Instant instant) {
        DisputeTimeline known = new DisputeTimeline();
        for (Fact fact : facts) {
            if (!fact.recordedAt().isAfter(instant)) {
                known.apply(fact.event(), new Recording(fact.sequence(), fact.recordedAt(), fact.recordedBy()));
            }
        }
        return known;
    }

    public boolean exists() {
        return disputeId != null;
    }

    public String disputeId() {
        return disputeId;
    }

    public String caseId() {
        return caseId;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public List<Fact> facts() {
        return List.copyOf(facts);
    }

    public DisputeState state() {
        DisputeState folded = state;
        if (folded == null) {
            folded = DisputeState.of(facts);
            state = folded;
        }
        return folded;
    }
}
