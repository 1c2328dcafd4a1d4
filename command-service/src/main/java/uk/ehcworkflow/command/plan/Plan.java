package uk.ehcworkflow.command.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.ehcworkflow.command.axon.AxonConfiguration;
import uk.ehcworkflow.command.common.Allowed;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.ExceptionRules;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.command.privacy.Erasures;
import uk.ehcworkflow.command.privacy.PersonalDataVault;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.PermittedExceptions;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.plan.AmendedPlanIssued;
import uk.ehcworkflow.events.plan.AmendmentsWithdrawn;
import uk.ehcworkflow.events.plan.NewSettingNamed;
import uk.ehcworkflow.events.plan.PhaseTransferSet;
import uk.ehcworkflow.events.plan.PlanCeased;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.PlanPersonalDataErased;
import uk.ehcworkflow.events.plan.PlanRegistered;
import uk.ehcworkflow.events.plan.PlanStep;
import uk.ehcworkflow.events.plan.ReassessedPlanIssued;
import uk.ehcworkflow.events.plan.ReassessmentDecided;
import uk.ehcworkflow.events.plan.ReassessmentExceptionRecorded;
import uk.ehcworkflow.events.plan.ReassessmentRequested;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.plan.ReviewMeetingHeld;

/**
 * One child's EHC plan, from its issue to its cessation: the annual review clock (CFA s44), the
 * decision after each review meeting and the amendments it leads to (regs 20-22), phase
 * transfers (reg 18), re-assessment (regs 24-27) and ceasing (s45). It refuses steps out of
 * their lawful order; its due dates are {@link StatutoryCalendar}'s.
 */
@Aggregate(cache = AxonConfiguration.AGGREGATE_CACHE)
public class Plan {

    static final String DATE_BEFORE_PLAN_ISSUED = "date-before-plan-issued";
    static final String PLAN_CEASED = "plan-ceased";
    static final String NO_REVIEW_MEETING = "no-review-meeting";
    static final String REVIEW_ALREADY_DECIDED = "review-already-decided";
    static final String REVIEW_DECISION_OUTSTANDING = "review-decision-outstanding";
    static final String NO_AMENDMENT_PENDING = "no-amendment-pending";
    static final String NO_PHASE_TRANSFER = "no-phase-transfer";
    static final String SETTING_ALREADY_NAMED = "setting-already-named";
    static final String REASSESSMENT_IN_PROGRESS = "reassessment-in-progress";
    static final String REASSESSMENT_ALREADY_DECIDED = "reassessment-already-decided";
    static final String NOT_REASSESSING = "not-reassessing";
    static final String REASSESSED_PLAN_ALREADY_ISSUED = "reassessed-plan-already-issued";
    static final String STEPS_IN_ORDER = Dates.STEPS_IN_ORDER;
    static final String EXCEPTION_NOT_PERMITTED = PermittedExceptions.Flaw.NOT_PERMITTED.rule();
    static final String ERASED_WITH_ITS_CASE = "erased-with-its-case";

    @AggregateIdentifier
    private PlanId id;
    /** Begun by a final plan here, so the child's details are its assessment's and erased with the case. */
    private boolean issuedHere;
    private boolean personalDataErased;
    private LocalDate firstIssuedOn;
    /** The end of the last assessment: the first issue, or the latest re-assessed plan; reg 24 counts 6 months from it. */
    private LocalDate lastAssessedOn;
    private LocalDate lastMeetingOn;
    private boolean lastMeetingDecided = true;
    private LocalDate lastDecisionOn;
    /** The AMEND decision whose amended plan or withdrawal is still to come, or null. */
    private LocalDate amendmentNoticeOn;
    private PhaseTransferSet transfer;
    private boolean settingNamed;
    private LocalDate ceasedOn;
    private final Map<String, Reassessment> reassessments = new LinkedHashMap<>();
    /** Every appealable decision made on the plan: a dispute must name one of them. */
    private final List<DecisionLetter> letters = new ArrayList<>();

    protected Plan() {
        // for Axon to rebuild it from its events
    }

    /**
     * The plan an assessment's final plan begins, made in that command's own unit of work (so it
     * exists the moment the final plan is answered) with the assessment's id and sealed child.
     */
    public Plan(String assessmentId, SealedPersonalData child, LocalDate issuedOn) {
        apply(new PlanIssued(assessmentId, child, issuedOn, StatutoryCalendar.reviewDueBy(issuedOn)));
    }

    /** The child's key is stored in the command's own transaction: a refused registration leaves none behind. */
    @CommandHandler
    public Plan(RegisterPlan command, Clock clock, PersonalDataVault vault) {
        Dates.notInFuture("issuedOn", command.issuedOn(), clock);
        LocalDate lastReview = command.lastReviewDecisionOn();
        if (lastReview != null) {
            notBeforeIssue("lastReviewDecisionOn", lastReview, command.issuedOn());
            Dates.notInFuture("lastReviewDecisionOn", lastReview, clock);
        }
        apply(new PlanRegistered(command.plan().value(), vault.seal(command.plan().value(), command.child()),
                command.issuedOn(), lastReview,
                StatutoryCalendar.firstReviewDueBy(command.issuedOn(), lastReview)));
    }

    @EventSourcingHandler
    void on(PlanIssued event) {
        begin(event.planId(), event.issuedOn());
        issuedHere = true;
    }

    @EventSourcingHandler
    void on(PlanRegistered event) {
        begin(event.planId(), event.issuedOn());
        lastDecisionOn = event.lastReviewDecisionOn();
    }

    private void begin(String planId, LocalDate issuedOn) {
        id = new PlanId(planId);
        firstIssuedOn = issuedOn;
        lastAssessedOn = issuedOn;
    }

    /** Whether this appealable decision's letter is on record. */
    public boolean recorded(DecisionLetter letter) {
        return letters.contains(letter);
    }

    /** What could be recorded today: each step the rules below would accept on that day, whoever may record it. */
    List<PlanStep> nextSteps(LocalDate today) {
        Map<PlanStep, Runnable> checks = new LinkedHashMap<>();
        checks.put(PlanStep.REVIEW_MEETING, () -> checkMeeting(today));
        checks.put(PlanStep.REVIEW_DECISION, () -> checkDecision(today));
        checks.put(PlanStep.AMENDED_PLAN, () -> checkAmendmentOutcome("issuedOn", today));
        checks.put(PlanStep.AMENDMENTS_WITHDRAWN, () -> checkAmendmentOutcome("decidedOn", today));
        checks.put(PlanStep.PHASE_TRANSFER, this::checkTransfer);
        checks.put(PlanStep.SETTING_NAMED, () -> checkNaming(today));
        checks.put(PlanStep.CESSATION, () -> checkCessation(today));
        checks.put(PlanStep.REASSESSMENT_REQUEST, () -> checkReassessmentRequest(today));
        checks.put(PlanStep.REASSESSMENT_DECISION, () -> checkReassessmentDecision(current(), today));
        checks.put(PlanStep.REASSESSED_PLAN, () -> checkReassessedPlan(current(), today));
        checks.put(PlanStep.REASSESSMENT_EXCEPTION, () -> checkExcusable(current()));
        checks.put(PlanStep.ERASURE, this::checkErasure);
        return Allowed.steps(checks);
    }

    /** The latest re-assessment's id, or null: the one a page's next step would be about. */
    String currentReassessment() {
        return reassessments.isEmpty() ? null : List.copyOf(reassessments.keySet()).get(reassessments.size() - 1);
    }

    private String current() {
        String latest = currentReassessment();
        if (latest == null) {
            throw new UnknownReference("reassessmentId", "No re-assessment has been requested.");
        }
        return latest;
    }

    @CommandHandler
    void handle(HoldReviewMeeting command, Clock clock) {
        Dates.notInFuture("heldOn", command.heldOn(), clock);
        checkMeeting(command.heldOn());
        apply(new ReviewMeetingHeld(id.value(), command.heldOn(), StatutoryCalendar.reviewDecisionDue(command.heldOn())));
    }

    private void checkMeeting(LocalDate heldOn) {
        open("heldOn", heldOn);
        if (!lastMeetingDecided) {
            throw new RuleBroken(REVIEW_DECISION_OUTSTANDING, "The review meeting held on " + lastMeetingOn
                    + " has no decision yet: record it before the next meeting.");
        }
        Dates.notBefore("heldOn", heldOn, "the last review decision", lastDecisionOn);
    }

    @EventSourcingHandler
    void on(ReviewMeetingHeld event) {
        lastMeetingOn = event.heldOn();
        lastMeetingDecided = false;
    }

    @CommandHandler
    void handle(NotifyReviewDecision command, Clock clock) {
        Dates.notInFuture("decidedOn", command.decidedOn(), clock);
        checkDecision(command.decidedOn());
        LocalDate decided = command.decidedOn();
        apply(new ReviewDecisionNotified(id.value(), command.decision(), decided, lastMeetingOn,
                StatutoryCalendar.reviewDecisionDue(lastMeetingOn), StatutoryCalendar.reviewDueBy(decided),
                command.decision() == ReviewDecision.AMEND ? StatutoryCalendar.amendedPlanDue(decided) : null));
    }

    private void checkDecision(LocalDate decidedOn) {
        open("decidedOn", decidedOn);
        if (lastMeetingOn == null) {
            throw new RuleBroken(NO_REVIEW_MEETING, "A review decision needs the review meeting it decides: none is recorded.");
        }
        if (lastMeetingDecided) {
            throw new RuleBroken(REVIEW_ALREADY_DECIDED, "The review meeting held on " + lastMeetingOn
                    + " was already decided on " + lastDecisionOn + ": record the next meeting first.");
        }
        Dates.notBefore("decidedOn", decidedOn, "the review meeting", lastMeetingOn);
    }

    @EventSourcingHandler
    void on(ReviewDecisionNotified event) {
        DecisionLetter.of(event).ifPresent(letters::add);
        lastMeetingDecided = true;
        lastDecisionOn = event.decidedOn();
        amendmentNoticeOn = event.decision() == ReviewDecision.AMEND ? event.decidedOn() : null;
    }

    @CommandHandler
    void handle(IssueAmendedPlan command, Clock clock) {
        Dates.notInFuture("issuedOn", command.issuedOn(), clock);
        checkAmendmentOutcome("issuedOn", command.issuedOn());
        apply(new AmendedPlanIssued(id.value(), command.issuedOn()));
    }

    @CommandHandler
    void handle(WithdrawAmendments command, Clock clock) {
        Dates.notInFuture("decidedOn", command.decidedOn(), clock);
        checkAmendmentOutcome("decidedOn", command.decidedOn());
        apply(new AmendmentsWithdrawn(id.value(), command.decidedOn(), command.reason()));
    }

    private void checkAmendmentOutcome(String field, LocalDate on) {
        open(field, on);
        if (amendmentNoticeOn == null) {
            throw new RuleBroken(NO_AMENDMENT_PENDING,
                    "No amendment is pending: an amended plan or a withdrawal follows a review decision to AMEND, once.");
        }
        Dates.notBefore(field, on, "the amendment notice", amendmentNoticeOn);
    }

    @EventSourcingHandler
    void on(AmendedPlanIssued event) {
        DecisionLetter.of(event).ifPresent(letters::add);
        amendmentNoticeOn = null;
    }

    @EventSourcingHandler
    void on(AmendmentsWithdrawn event) {
        amendmentNoticeOn = null;
    }

    @CommandHandler
    void handle(SetPhaseTransfer command) {
        checkTransfer();
        apply(new PhaseTransferSet(id.value(), command.transfer(), command.transferYear(),
                command.transfer().namingDeadline(command.transferYear())));
    }

    private void checkTransfer() {
        if (ceasedOn != null) {
            throw ceased();
        }
    }

    @EventSourcingHandler
    void on(PhaseTransferSet event) {
        transfer = event;
        settingNamed = false;
    }

    @CommandHandler
    void handle(NameNewSetting command, Clock clock) {
        Dates.notInFuture("namedOn", command.namedOn(), clock);
        checkNaming(command.namedOn());
        apply(new NewSettingNamed(id.value(), command.namedOn(), command.setting()));
    }

    private void checkNaming(LocalDate namedOn) {
        open("namedOn", namedOn);
        if (transfer == null) {
            throw new RuleBroken(NO_PHASE_TRANSFER, "No phase transfer is set for this plan: set one first.");
        }
        if (settingNamed) {
            throw new RuleBroken(SETTING_ALREADY_NAMED, "The new setting for the " + transfer.transfer() + " transfer in "
                    + transfer.transferYear() + " was already named.");
        }
    }

    @EventSourcingHandler
    void on(NewSettingNamed event) {
        settingNamed = true;
    }

    @CommandHandler
    void handle(CeasePlan command, Clock clock) {
        Dates.notInFuture("ceasedOn", command.ceasedOn(), clock);
        checkCessation(command.ceasedOn());
        apply(new PlanCeased(id.value(), command.ceasedOn(), command.reason()));
    }

    private void checkCessation(LocalDate ceasedOn) {
        open("ceasedOn", ceasedOn);
        Dates.notBefore("ceasedOn", ceasedOn, "the last review decision", lastDecisionOn);
        Dates.notBefore("ceasedOn", ceasedOn, "the last review meeting", lastMeetingOn);
    }

    @EventSourcingHandler
    void on(PlanCeased event) {
        ceasedOn = event.ceasedOn();
    }

    @CommandHandler
    void handle(RequestReassessment command, Clock clock) {
        Dates.notInFuture("receivedOn", command.receivedOn(), clock);
        checkReassessmentRequest(command.receivedOn());
        apply(new ReassessmentRequested(id.value(), command.reassessmentId(), command.receivedOn(),
                StatutoryCalendar.reassessmentDecisionDue(command.receivedOn()),
                StatutoryCalendar.withinSixMonths(lastAssessedOn, command.receivedOn())));
    }

    private void checkReassessmentRequest(LocalDate receivedOn) {
        open("receivedOn", receivedOn);
        reassessments.values().stream().filter(Reassessment::inProgress).findFirst().ifPresent(pending -> {
            throw new RuleBroken(REASSESSMENT_IN_PROGRESS, "The re-assessment requested on " + pending.receivedOn()
                    + " is still in progress.");
        });
    }

    @EventSourcingHandler
    void on(ReassessmentRequested event) {
        reassessments.put(event.reassessmentId(), new Reassessment(event.receivedOn(), null, null, null, null));
    }

    @CommandHandler
    void handle(DecideReassessment command, Clock clock) {
        Dates.notInFuture("decidedOn", command.decidedOn(), clock);
        checkReassessmentDecision(command.reassessmentId(), command.decidedOn());
        apply(new ReassessmentDecided(id.value(), command.reassessmentId(), command.reassess(), command.decidedOn(),
                command.reassess() ? StatutoryCalendar.reassessedPlanDue(command.decidedOn()) : null));
    }

    private void checkReassessmentDecision(String reassessmentId, LocalDate decidedOn) {
        Reassessment reassessment = known(reassessmentId);
        open("decidedOn", decidedOn);
        if (reassessment.decided()) {
            throw new RuleBroken(REASSESSMENT_ALREADY_DECIDED, "Whether to re-assess was decided on "
                    + reassessment.decidedOn() + ".");
        }
        Dates.notBefore("decidedOn", decidedOn, "the request", reassessment.receivedOn());
    }

    @EventSourcingHandler
    void on(ReassessmentDecided event) {
        DecisionLetter.of(event).ifPresent(letters::add);
        reassessments.computeIfPresent(event.reassessmentId(), (rid, r) -> new Reassessment(r.receivedOn(),
                event.reassess(), event.decidedOn(), event.finalPlanDueBy(), null));
    }

    @CommandHandler
    void handle(IssueReassessedPlan command, Clock clock) {
        Dates.notInFuture("issuedOn", command.issuedOn(), clock);
        checkReassessedPlan(command.reassessmentId(), command.issuedOn());
        apply(new ReassessedPlanIssued(id.value(), command.reassessmentId(), command.issuedOn(),
                StatutoryCalendar.reviewDueBy(command.issuedOn())));
    }

    private void checkReassessedPlan(String reassessmentId, LocalDate issuedOn) {
        Reassessment reassessment = reassessing(reassessmentId);
        open("issuedOn", issuedOn);
        if (reassessment.issuedOn() != null) {
            throw new RuleBroken(REASSESSED_PLAN_ALREADY_ISSUED, "The re-assessed plan was issued on "
                    + reassessment.issuedOn() + ".");
        }
        Dates.notBefore("issuedOn", issuedOn, "the decision to re-assess", reassessment.decidedOn());
    }

    @EventSourcingHandler
    void on(ReassessedPlanIssued event) {
        DecisionLetter.of(event).ifPresent(letters::add);
        reassessments.computeIfPresent(event.reassessmentId(), (rid, r) -> new Reassessment(r.receivedOn(), r.reassess(),
                r.decidedOn(), r.finalPlanDueBy(), event.issuedOn()));
        lastAssessedOn = event.issuedOn();
    }

    @CommandHandler
    void handle(ExcuseReassessmentDeadline command, Clock clock) {
        if (command.deadline() != Deadline.FINAL_PLAN) {
            throw new InvalidField("deadline", "A re-assessment's exceptions excuse only its FINAL_PLAN deadline, the 14 "
                    + "weeks (reg 27(3)), not " + command.deadline() + ".");
        }
        ExceptionRules.checkShape(command);
        Reassessment reassessment = checkExcusable(command.reassessmentId());
        ExceptionRules.checkExcuses(command, Deadline.REASSESSED_PLAN, reassessment.finalPlanDueBy(), clock);
        apply(new ReassessmentExceptionRecorded(id.value(), command.reassessmentId(), command.reason(), command.from(),
                command.to(), command.note()));
    }

    /** A re-assessment's 14 weeks can be excused while the plan is maintained, before or after its plan (ADR 15). */
    private Reassessment checkExcusable(String reassessmentId) {
        if (ceasedOn != null) {
            throw ceased();
        }
        return reassessing(reassessmentId);
    }

    /** Destroys the key sealed at registration, in the command's transaction, then records the erasure. */
    @CommandHandler
    void handle(ErasePlanPersonalData command, PersonalDataVault vault, @MetaDataValue(ActorMetadata.ROLE) String role) {
        Erasures.requireAdministrator(role);
        checkErasure();
        vault.erase(id.value());
        apply(new PlanPersonalDataErased(id.value(), command.reason()));
    }

    private void checkErasure() {
        if (issuedHere) {
            throw new RuleBroken(ERASED_WITH_ITS_CASE, "This plan's child's details are its assessment's: erase them on "
                    + "the case, which erases them here too.");
        }
        Erasures.requireNotYetErased(personalDataErased);
    }

    @EventSourcingHandler
    void on(PlanPersonalDataErased event) {
        personalDataErased = true;
    }

    private Reassessment known(String reassessmentId) {
        Reassessment reassessment = reassessments.get(reassessmentId);
        if (reassessment == null) {
            throw new UnknownReference("reassessmentId", "No re-assessment " + reassessmentId + " of this plan is known.");
        }
        return reassessment;
    }

    private Reassessment reassessing(String reassessmentId) {
        Reassessment reassessment = known(reassessmentId);
        if (!Boolean.TRUE.equals(reassessment.reassess())) {
            throw new RuleBroken(NOT_REASSESSING, reassessment.decided()
                    ? "The local authority decided on " + reassessment.decidedOn() + " not to re-assess."
                    : "Whether to re-assess has not been decided yet.");
        }
        return reassessment;
    }

    /** Every step: the plan still maintained, and the step not dated before the plan was issued. */
    private void open(String field, LocalDate on) {
        if (ceasedOn != null) {
            throw ceased();
        }
        notBeforeIssue(field, on, firstIssuedOn);
    }

    private RuleBroken ceased() {
        return new RuleBroken(PLAN_CEASED, "The plan ceased on " + ceasedOn + "; nothing more can be recorded on it.");
    }

    private static void notBeforeIssue(String field, LocalDate on, LocalDate issuedOn) {
        if (on.isBefore(issuedOn)) {
            throw new RuleBroken(DATE_BEFORE_PLAN_ISSUED, field + " " + on + " is before the plan was issued on "
                    + issuedOn + ".");
        }
    }
}
