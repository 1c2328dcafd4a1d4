package uk.ehcworkflow.command.quality;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.ehcworkflow.command.axon.AxonConfiguration;
import uk.ehcworkflow.command.child.ChildProfiles;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.privacy.PersonalDataVault;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.quality.AuditActionAgreed;
import uk.ehcworkflow.events.quality.AuditActionDone;
import uk.ehcworkflow.events.quality.AuditorKind;
import uk.ehcworkflow.events.quality.CriterionScored;
import uk.ehcworkflow.events.quality.PlanAuditClosed;
import uk.ehcworkflow.events.quality.PlanAuditGraded;
import uk.ehcworkflow.events.quality.PlanAuditStarted;
import uk.ehcworkflow.events.quality.Score;

/**
 * One audit of a plan's quality (ADR 50): against the checklist version it started with, each
 * criterion scored with a comment, then a grade for the plan as a whole, the actions agreed, and
 * closed once those are done or the plan is audited again. Its events are the evidence an
 * inspector reads of how the area checks its plans.
 */
@Aggregate(cache = AxonConfiguration.AGGREGATE_CACHE)
public class PlanAudit {

    static final String AGENCIES_FOR_MULTI_AGENCY = "agencies-for-multi-agency";
    static final String UNKNOWN_CRITERION = "unknown-criterion";
    static final String COMMENT_NEEDED = "comment-needed";
    static final String ALREADY_GRADED = "audit-already-graded";
    static final String CRITERIA_NOT_SCORED = "criteria-not-scored";
    static final String NOT_GRADED = "audit-not-graded";
    static final String AUDIT_CLOSED = "audit-closed";
    static final String UNKNOWN_ACTION = "unknown-action";
    static final String ACTION_ALREADY_AGREED = "action-already-agreed";
    static final String ACTION_ALREADY_DONE = "action-already-done";
    static final String ACTIONS_OPEN = "actions-open";
    static final String NOT_A_RE_AUDIT = AuditedPlans.NOT_A_RE_AUDIT;

    @AggregateIdentifier
    private String auditId;
    private String planId;
    private LocalDate startedOn;
    private final Set<String> criteria = new LinkedHashSet<>();
    private final Map<String, Score> scores = new HashMap<>();
    private LocalDate gradedOn;
    private final Map<String, LocalDate> actions = new HashMap<>();
    private final Set<String> actionsDone = new LinkedHashSet<>();
    private boolean closed;

    protected PlanAudit() {
        // for Axon to rebuild it from its events
    }

    @CommandHandler
    public PlanAudit(StartPlanAudit command, Clock clock, AuditedPlans plans, @MetaDataValue(ActorMetadata.USER) String user) {
        Dates.notInFuture("startedOn", command.startedOn(), clock);
        if (command.auditorKind() == AuditorKind.MULTI_AGENCY && command.agenciesPresent().size() < 2) {
            throw new RuleBroken(AGENCIES_FOR_MULTI_AGENCY, "agenciesPresent", "A multi-agency audit names at least two agencies "
                    + "that took part (education, health, social care).");
        }
        plans.requireAuditable(command.planId(), command.audited(), command.startedOn());
        ChecklistVersion checklist = plans.checklist();
        apply(new PlanAuditStarted(command.auditId(), command.planId(), command.audited(), command.auditorKind(), user,
                List.copyOf(command.agenciesPresent()), checklist.checklistId(), checklist.version(), checklist.criteria(),
                command.startedOn()));
    }

    @EventSourcingHandler
    void on(PlanAuditStarted event) {
        auditId = event.auditId();
        planId = event.planId();
        startedOn = event.startedOn();
        criteria.addAll(event.criteria());
    }

    @CommandHandler
    void handle(ScoreCriterion command, PersonalDataVault vault) {
        requireOpen();
        if (gradedOn != null) {
            throw new RuleBroken(ALREADY_GRADED, "The audit was graded on " + gradedOn + ": its scores are final.");
        }
        if (!criteria.contains(command.criterionId())) {
            throw new RuleBroken(UNKNOWN_CRITERION, "criterionId", "'" + command.criterionId() + "' is not a criterion of the "
                    + "checklist this audit uses: " + criteria + ".");
        }
        // what falls short is said: the plan's author needs to know what to change
        if (command.score() != Score.MET && (command.comment() == null || command.comment().isBlank())) {
            throw new RuleBroken(COMMENT_NEEDED, "comment", "Say what falls short when a criterion is " + command.score() + ".");
        }
        apply(new CriterionScored(auditId, planId, command.criterionId(), command.score(), sealed(command.comment(), vault)));
    }

    @EventSourcingHandler
    void on(CriterionScored event) {
        scores.put(event.criterionId(), event.score());
    }

    @CommandHandler
    void handle(GradeAudit command, Clock clock, PersonalDataVault vault) {
        requireOpen();
        if (gradedOn != null) {
            throw new RuleBroken(ALREADY_GRADED, "The audit was graded on " + gradedOn + ".");
        }
        List<String> unscored = criteria.stream().filter(criterion -> !scores.containsKey(criterion)).toList();
        if (!unscored.isEmpty()) {
            throw new RuleBroken(CRITERIA_NOT_SCORED, "Score every criterion before grading; not yet scored: " + unscored + ".");
        }
        Dates.notInFuture("gradedOn", command.gradedOn(), clock);
        Dates.notBefore("gradedOn", command.gradedOn(), "the audit started", startedOn);
        apply(new PlanAuditGraded(auditId, planId, command.grade(), command.gradedOn(), sealed(command.summary(), vault)));
    }

    @EventSourcingHandler
    void on(PlanAuditGraded event) {
        gradedOn = event.gradedOn();
    }

    @CommandHandler
    void handle(AgreeAuditAction command, PersonalDataVault vault) {
        requireOpen();
        if (actions.containsKey(command.actionId())) {
            throw new RuleBroken(ACTION_ALREADY_AGREED, "Action " + command.actionId() + " is already agreed.");
        }
        Dates.notBefore("dueBy", command.dueBy(), "the audit started", startedOn);
        apply(new AuditActionAgreed(auditId, planId, command.actionId(), sealed(command.action(), vault), command.owner(),
                command.dueBy()));
    }

    @EventSourcingHandler
    void on(AuditActionAgreed event) {
        actions.put(event.actionId(), event.dueBy());
    }

    @CommandHandler
    void handle(CompleteAuditAction command, Clock clock) {
        requireOpen();
        if (!actions.containsKey(command.actionId())) {
            throw new RuleBroken(UNKNOWN_ACTION, "actionId", "No action " + command.actionId() + " was agreed in this audit.");
        }
        if (actionsDone.contains(command.actionId())) {
            throw new RuleBroken(ACTION_ALREADY_DONE, "Action " + command.actionId() + " is already done.");
        }
        Dates.notInFuture("doneOn", command.doneOn(), clock);
        Dates.notBefore("doneOn", command.doneOn(), "the audit started", startedOn);
        apply(new AuditActionDone(auditId, planId, command.actionId(), command.doneOn()));
    }

    @EventSourcingHandler
    void on(AuditActionDone event) {
        actionsDone.add(event.actionId());
    }

    @CommandHandler
    void handle(ClosePlanAudit command, Clock clock, AuditedPlans plans) {
        requireOpen();
        if (gradedOn == null) {
            throw new RuleBroken(NOT_GRADED, "An audit is closed once graded; grade it first.");
        }
        Dates.notInFuture("closedOn", command.closedOn(), clock);
        Dates.notBefore("closedOn", command.closedOn(), "the audit was graded", gradedOn);
        if (command.reAuditId() != null && command.reAuditId().equals(auditId)) {
            throw new RuleBroken(NOT_A_RE_AUDIT, "reAuditId", "An audit does not close itself by looking again at its own plan.");
        } else if (command.reAuditId() != null) {
            plans.requireReAudit(command.reAuditId(), planId, startedOn);
        } else {
            List<String> open = new ArrayList<>(actions.keySet());
            open.removeAll(actionsDone);
            if (!open.isEmpty()) {
                throw new RuleBroken(ACTIONS_OPEN, "Actions " + open + " are not done: close the audit when they are, or "
                        + "name the audit that looked at the plan again (reAuditId).");
            }
        }
        apply(new PlanAuditClosed(auditId, planId, command.closedOn(), command.reAuditId()));
    }

    @EventSourcingHandler
    void on(PlanAuditClosed event) {
        closed = true;
    }

    /** Whether this audit looks at the plan again, on or after another audit of it started. */
    boolean looksAgainAt(String plan, LocalDate since) {
        return planId.equals(plan) && !startedOn.isBefore(since);
    }

    /** An auditor's words, sealed under the child's key: they may speak of the child, and go when the child's data is erased. */
    private SealedPersonalData sealed(String words, PersonalDataVault vault) {
        if (words == null || words.isBlank()) {
            return null;
        }
        return vault.sealMore(planId, new AuditWords(words.strip())).orElseThrow(() -> new RuleBroken(
                ChildProfiles.PERSONAL_DATA_ERASED, "This plan's child's personal data was erased: nothing more is written of them."));
    }

    private void requireOpen() {
        if (closed) {
            throw new RuleBroken(AUDIT_CLOSED, "The audit is closed.");
        }
    }
}
