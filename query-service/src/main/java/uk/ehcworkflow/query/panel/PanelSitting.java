package uk.ehcworkflow.query.panel;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.ehcworkflow.events.panel.PanelAgency;
import uk.ehcworkflow.events.panel.PanelAttendanceRecorded;
import uk.ehcworkflow.events.panel.PanelDecision;
import uk.ehcworkflow.events.panel.PanelDecisionRecorded;
import uk.ehcworkflow.events.panel.PanelEvent;
import uk.ehcworkflow.events.panel.PanelKind;
import uk.ehcworkflow.events.panel.PanelScheduled;
import uk.ehcworkflow.query.readmodel.Recording;

/** One panel sitting as the read side keeps it: when, who attended for which agency, what it decided. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class PanelSitting {

    /** Someone who sat on the panel for an agency. */
    public record Attendee(String member, PanelAgency agency, Instant recordedAt, String recordedBy) {
    }

    /** A decision the panel took on an assessment. */
    public record Decision(String assessmentId, PanelDecision decision, String rationale, Instant recordedAt,
                           String recordedBy) {
    }

    private String panelId;
    private long lastSequence = -1;
    private LocalDate heldOn;
    private PanelKind kind;
    private final List<Attendee> attendance = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    /** Folds one event in; false, changing nothing, for an event already folded in. */
    boolean apply(PanelEvent event, Recording recording) {
        if (recording.sequence() <= lastSequence) {
            return false;
        }
        lastSequence = recording.sequence();
        if (event instanceof PanelScheduled scheduled) {
            panelId = scheduled.panelId();
            heldOn = scheduled.heldOn();
            kind = scheduled.kind();
        } else if (event instanceof PanelAttendanceRecorded attended) {
            attendance.add(new Attendee(attended.member(), attended.agency(), recording.recordedAt(),
                    recording.recordedBy()));
        } else if (event instanceof PanelDecisionRecorded decided) {
            decisions.add(new Decision(decided.assessmentId(), decided.decision(), decided.rationale(),
                    recording.recordedAt(), recording.recordedBy()));
        }
        return true;
    }

    /** The sequence number of the sitting's last event folded in; -1 before any. */
    public long lastSequence() {
        return lastSequence;
    }

    public String panelId() {
        return panelId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public PanelKind kind() {
        return kind;
    }

    public List<Attendee> attendance() {
        return List.copyOf(attendance);
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public boolean attendedBy(PanelAgency agency) {
        return attendance.stream().anyMatch(attendee -> attendee.agency() == agency);
    }
}
