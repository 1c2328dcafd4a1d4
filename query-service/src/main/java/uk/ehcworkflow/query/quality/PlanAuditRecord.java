package uk.ehcworkflow.query.quality;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.quality.AuditActionAgreed;
import uk.ehcworkflow.events.quality.AuditActionDone;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.AuditorKind;
import uk.ehcworkflow.events.quality.CriterionScored;
import uk.ehcworkflow.events.quality.Grade;
import uk.ehcworkflow.events.quality.PlanAuditClosed;
import uk.ehcworkflow.events.quality.PlanAuditEvent;
import uk.ehcworkflow.events.quality.PlanAuditGraded;
import uk.ehcworkflow.events.quality.PlanAuditStarted;
import uk.ehcworkflow.events.quality.Score;
import uk.ehcworkflow.query.readmodel.Recording;

/**
 * One audit of a plan as the read model keeps it (ADR 50): what it looked at, against which
 * checklist version, each criterion's score, the grade, the actions and whether it is closed. The
 * auditors' words stay sealed here; they are opened only for those who read the audit.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class PlanAuditRecord {

    /** A criterion's score, with the auditor's sealed comment. */
    public record Scored(Score score, SealedPersonalData comment) {
    }

    /** An agreed action: its sealed words, who does it, by when, and when it was done. */
    public record Action(String actionId, SealedPersonalData action, String owner, LocalDate dueBy, LocalDate doneOn) {
    }

    /** Audits in the order they were begun: by day, then by id. */
    public static final Comparator<PlanAuditRecord> LATEST_BEGUN = Comparator.comparing(PlanAuditRecord::startedOn)
            .thenComparing(PlanAuditRecord::auditId);

    private String auditId;
    /** Indexed: a plan's audits are read together. */
    private String planId;
    private long lastSequence = -1;
    private AuditedVersion audited;
    private AuditorKind auditorKind;
    private String auditor;
    private List<Agency> agenciesPresent = List.of();
    private String checklistId;
    private int checklistVersion;
    private List<String> criteria = List.of();
    private LocalDate startedOn;
    private Instant startedAt;
    private final Map<String, Scored> scores = new LinkedHashMap<>();
    private Grade grade;
    private LocalDate gradedOn;
    private SealedPersonalData summary;
    private final List<Action> actions = new ArrayList<>();
    private LocalDate closedOn;
    private String reAuditId;

    /** Folds one event in; false, changing nothing, for an event already folded in (a redelivery). */
    boolean apply(PlanAuditEvent event, Recording recording) {
        if (recording.sequence() <= lastSequence) {
            return false;
        }
        lastSequence = recording.sequence();
        if (event instanceof PlanAuditStarted started) {
            auditId = started.auditId();
            planId = started.planId();
            audited = started.audited();
            auditorKind = started.auditorKind();
            auditor = started.auditor();
            agenciesPresent = List.copyOf(started.agenciesPresent());
            checklistId = started.checklistId();
            checklistVersion = started.checklistVersion();
            criteria = List.copyOf(started.criteria());
            startedOn = started.startedOn();
            startedAt = recording.recordedAt();
        } else if (event instanceof CriterionScored scored) {
            scores.put(scored.criterionId(), new Scored(scored.score(), scored.comment()));
        } else if (event instanceof PlanAuditGraded graded) {
            grade = graded.grade();
            gradedOn = graded.gradedOn();
            summary = graded.summary();
        } else if (event instanceof AuditActionAgreed agreed) {
            actions.add(new Action(agreed.actionId(), agreed.action(), agreed.owner(), agreed.dueBy(), null));
        } else if (event instanceof AuditActionDone done) {
            actions.replaceAll(action -> action.actionId().equals(done.actionId())
                    ? new Action(action.actionId(), action.action(), action.owner(), action.dueBy(), done.doneOn()) : action);
        } else if (event instanceof PlanAuditClosed closed) {
            closedOn = closed.closedOn();
            reAuditId = closed.reAuditId();
        }
        return true;
    }

    public String auditId() {
        return auditId;
    }

    public String planId() {
        return planId;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public AuditedVersion audited() {
        return audited;
    }

    public AuditorKind auditorKind() {
        return auditorKind;
    }

    public String auditor() {
        return auditor;
    }

    public List<Agency> agenciesPresent() {
        return agenciesPresent;
    }

    public String checklistId() {
        return checklistId;
    }

    public int checklistVersion() {
        return checklistVersion;
    }

    /** The checklist version's criteria, in its order. */
    public List<String> criteria() {
        return criteria;
    }

    /** When its start was stored. */
    public Instant startedAt() {
        return startedAt;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public Map<String, Scored> scores() {
        return Map.copyOf(scores);
    }

    public Grade grade() {
        return grade;
    }

    public LocalDate gradedOn() {
        return gradedOn;
    }

    public SealedPersonalData summary() {
        return summary;
    }

    public List<Action> actions() {
        return List.copyOf(actions);
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String reAuditId() {
        return reAuditId;
    }
}
