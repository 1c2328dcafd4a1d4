package uk.ehcworkflow.command.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.ehcworkflow.command.axon.AxonConfiguration;
import uk.ehcworkflow.command.caseload.Caseload;
import uk.ehcworkflow.command.child.ChildProfiles;
import uk.ehcworkflow.command.common.Allowed;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.ExceptionRules;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.SentLetters;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.command.family.AnswerProposedAmendments;
import uk.ehcworkflow.command.family.CaseFamilies;
import uk.ehcworkflow.command.privacy.Erasures;
import uk.ehcworkflow.command.privacy.PersonalDataVault;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.PermittedExceptions;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.plan.AmendedPlanIssued;
import uk.ehcworkflow.events.plan.AmendmentResponseReceived;
import uk.ehcworkflow.events.plan.AmendmentsWithdrawn;
import uk.ehcworkflow.events.plan.CessationDecided;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.DecisionDisputed;
import uk.ehcworkflow.events.plan.NeedsRecorded;
import uk.ehcworkflow.events.plan.NewSettingNamed;
import uk.ehcworkflow.events.plan.PersonalBudgetRecorded;
import uk.ehcworkflow.events.plan.PhaseTransfer;
import uk.ehcworkflow.events.plan.PhaseTransferPlanIssued;
import uk.ehcworkflow.events.plan.PhaseTransferSet;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.plan.PlacementEnded;
import uk.ehcworkflow.events.plan.PlacementStarted;
import uk.ehcworkflow.events.plan.PlanAssigned;
import uk.ehcworkflow.events.plan.PlanCeased;
import uk.ehcworkflow.events.plan.PlanChildProfileRecorded;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.PlanPersonalDataErased;
import uk.ehcworkflow.events.plan.PlanRegistered;
import uk.ehcworkflow.events.plan.PlanStep;
import uk.ehcworkflow.events.plan.ReassessedPlanIssued;
import uk.ehcworkflow.events.plan.ReassessmentDecided;
import uk.ehcworkflow.events.plan.ReassessmentDraftAnswered;
import uk.ehcworkflow.events.plan.ReassessmentDraftServed;
import uk.ehcworkflow.events.plan.ReassessmentExceptionRecorded;
import uk.ehcworkflow.events.plan.ReassessmentNotAmended;
import uk.ehcworkflow.events.plan.ReassessmentRequested;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.plan.ReviewMeetingHeld;
import uk.ehcworkflow.events.plan.TransferNoticeSent;
import uk.ehcworkflow.events.plan.PlanLetterSent;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.letter.PlanNotice;
import uk.ehcworkflow.events.privacy.ChildProfile;

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
    static final String NOT_TRANSFERRED_IN = "not-transferred-in";
    static final String TRANSFER_NOTICE_ALREADY_SENT = "transfer-notice-already-sent";
    static final String SETTING_ALREADY_NAMED = "setting-already-named";
    static final String REASSESSMENT_IN_PROGRESS = "reassessment-in-progress";
    static final String REASSESSMENT_ALREADY_DECIDED = "reassessment-already-decided";
    static final String NOT_REASSESSING = "not-reassessing";
    static final String REASSESSED_PLAN_ALREADY_ISSUED = "reassessed-plan-already-issued";
    static final String REASSESSMENT_ENDED = "reassessment-ended";
    static final String REASSESSMENT_DRAFT_NEEDED = "reassessment-draft-needed";
    static final String DRAFT_RESPONSE_PERIOD = "draft-response-period";
    static final String STEPS_IN_ORDER = Dates.STEPS_IN_ORDER;
    static final String EXCEPTION_NOT_PERMITTED = PermittedExceptions.Flaw.NOT_PERMITTED.rule();
    static final String ERASED_WITH_ITS_CASE = "erased-with-its-case";
    static final String AMENDMENT_RESPONSE_PERIOD = "amendment-response-period";
    static final String CESSATION_DECISION_NEEDED = "cessation-decision-needed";
    static final String APPEAL_RIGHTS_RUNNING = "appeal-rights-running";
    static final String CESSATION_DECISION_WITHDRAWN = "cessation-decision-withdrawn";
    static final String REVIEW_NEEDED_BEFORE_CEASING = "review-needed-before-ceasing";
    static final String AMENDMENT_RESPONSE_RECORDED = "amendment-response-already-recorded";
    static final String SAME_NEED_TWICE = "same-need-twice";
    static final String NOTICE_DAY_RECORDED = "notice-day-recorded";

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
    /** The day the proposed amendments of an AMEND decision were served, while its amended plan or withdrawal is to come. */
    private LocalDate amendmentNoticeOn;
    /** The family's answer to those proposals, or null. */
    private DraftResponse amendmentResponse;
    private PhaseTransferSet transfer;
    /** The transfer's final amended plan was issued (or, in older events, the setting named). */
    private boolean settingNamed;
    /** For a plan transferred in from another authority: the day, while the family are still to be told. */
    private LocalDate transferNoticeOwedFrom;
    private boolean transferNoticeSent;
    private LocalDate ceasedOn;
    private final Map<String, Reassessment> reassessments = new LinkedHashMap<>();
    /** Every appealable decision made on the plan: a dispute must name one of them. */
    private final List<DecisionLetter> letters = new ArrayList<>();
    /** The latest appealable decision to cease (a review's CEASE or a cessation decision), or null. */
    private DecisionLetter cessationDecision;
    /** The day a decision's notice went, where its step recorded a later day than the decision's own. */
    private final Map<DecisionLetter, LocalDate> noticeSentOn = new HashMap<>();
    /** The disputes about each of the plan's decisions. */
    private final Map<DecisionLetter, List<String>> disputes = new HashMap<>();
    /** Every placement recorded, by its id, with the day the child left it once they have. */
    private final Map<String, Placements.Held> placements = new LinkedHashMap<>();
    private Holder holder;
    /** The letters the plan's steps owe the family, by the owing event's number from 1, and those recorded as sent. */
    private final Map<Integer, PlanNotice> notices = new HashMap<>();
    private final Set<Integer> lettersSent = new HashSet<>();

    protected Plan() {
        // for Axon to rebuild it from its events
    }

    /**
     * The plan an assessment's final plan begins, made in that command's own unit of work (so it
     * exists the moment the final plan is answered) with the assessment's id and sealed child, and
     * the placement the final plan names, if the officer gave it (checked by the assessment); it
     * stays in the caseload of whoever holds the assessment.
     */
    public Plan(String assessmentId, SealedPersonalData child, LocalDate issuedOn, String placementId, Placement placement,
                Holder holder) {
        apply(new PlanIssued(assessmentId, child, issuedOn, StatutoryCalendar.reviewDueBy(issuedOn)));
        if (placement != null) {
            apply(new PlacementStarted(assessmentId, placementId, placement));
        }
        if (holder != null) {
            apply(new PlanAssigned(assessmentId, holder));
        }
    }

    /**
     * A plan brought in from a return: registered, then each recording made by the handler that makes
     * it, so an imported plan keeps the same rules as one recorded by hand; one unit of work stores
     * all of it or, when any rule refuses, none.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(ImportPlan command, Clock clock, PersonalDataVault vault) {
        // a handler on a plan already made, not a constructor: each event is applied as it is recorded,
        // so the recordings after the registration see the registered plan
        register(command.registration(), clock, vault);
        PlanId plan = command.registration().plan();
        if (command.profile() != null) {
            handle(new RecordPlanChildProfile(plan, command.profile()), vault);
        }
        if (command.needs() != null) {
            handle(command.needs(), clock);
        }
        for (ImportPlan.Placed placed : command.placements()) {
            handle(placed.start(), clock);
            if (placed.leftOn() != null) {
                handle(new EndPlacement(plan, placed.start().placementId(), placed.leftOn()), clock);
            }
        }
        if (command.budget() != null) {
            handle(command.budget(), clock);
        }
    }

    /** The child's key is stored in the command's own transaction: a refused registration leaves none behind. */
    @CommandHandler
    public Plan(RegisterPlan command, Clock clock, PersonalDataVault vault, Caseload caseload,
                @MetaDataValue(ActorMetadata.USER) String user) {
        register(command, clock, vault);
        if (user != null) {
            apply(new PlanAssigned(command.plan().value(), caseload.loggedBy(user)));
        }
    }

    private void register(RegisterPlan command, Clock clock, PersonalDataVault vault) {
        Dates.notInFuture("issuedOn", command.issuedOn(), clock);
        LocalDate lastReview = command.lastReviewDecisionOn();
        if (lastReview != null) {
            notBeforeIssue("lastReviewDecisionOn", lastReview, command.issuedOn());
            Dates.notInFuture("lastReviewDecisionOn", lastReview, clock);
        }
        LocalDate transferredIn = command.transferredInOn();
        if ((transferredIn == null) != (command.fromAuthority() == null)) {
            throw new InvalidField(transferredIn == null ? "transferredInOn" : "fromAuthority", "transfer-in-needs-day-and-authority",
                    "A plan transferred in from another authority gives both the day of the transfer and that authority.");
        }
        if (transferredIn != null) {
            notBeforeIssue("transferredInOn", transferredIn, command.issuedOn());
            Dates.notInFuture("transferredInOn", transferredIn, clock);
            Dates.notBefore("transferredInOn", transferredIn, "the last review decision", lastReview);
        }
        Dates.notBefore("issuedOn", command.issuedOn(), "the request was received", command.requestReceivedOn());
        apply(new PlanRegistered(command.plan().value(), vault.seal(command.plan().value(), command.child()),
                command.issuedOn(), lastReview, PlanRegistered.firstReviewDueBy(command.issuedOn(), lastReview, transferredIn),
                transferredIn, command.fromAuthority(), command.requestReceivedOn(), command.requestSource()));
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
        transferNoticeOwedFrom = event.transferredInOn();
    }

    @CommandHandler
    void handle(RecordTransferNotice command, Clock clock) {
        Dates.notInFuture("sentOn", command.sentOn(), clock);
        checkTransferNotice(command.sentOn());
        apply(new TransferNoticeSent(id.value(), command.sentOn()));
    }

    private void checkTransferNotice(LocalDate sentOn) {
        open("sentOn", sentOn);
        if (transferNoticeOwedFrom == null) {
            throw new RuleBroken(transferNoticeSent ? TRANSFER_NOTICE_ALREADY_SENT : NOT_TRANSFERRED_IN,
                    transferNoticeSent ? "The family were already told of the transfer."
                            : "This plan was not transferred in from another authority.");
        }
        Dates.notBefore("sentOn", sentOn, "the transfer", transferNoticeOwedFrom);
    }

    @EventSourcingHandler
    void on(TransferNoticeSent event, @SequenceNumber long sequence) {
        owes(event, sequence);
        transferNoticeOwedFrom = null;
        transferNoticeSent = true;
    }

    private void begin(String planId, LocalDate issuedOn) {
        id = new PlanId(planId);
        firstIssuedOn = issuedOn;
        lastAssessedOn = issuedOn;
    }

    /** The day the plan was first issued: nothing can be done to it, an audit included, before then. */
    public LocalDate firstIssuedOn() {
        return firstIssuedOn;
    }

    /** Whether this appealable decision is on record, on its own day. */
    public boolean recorded(DecisionLetter letter) {
        return letters.contains(letter);
    }

    /**
     * Whether a dispute may name this decision: dated the day its notice went to the family, as its
     * step recorded it, from which the family's time to appeal runs (reg 33, Tribunal rule 20; ADR 44).
     */
    public boolean disputable(DecisionLetter letter) {
        return letters.stream().anyMatch(decided -> noticed(decided).equals(letter));
    }

    /** The decision dated the day its notice went: a review decision may record a later day than its own. */
    private DecisionLetter noticed(DecisionLetter decided) {
        return new DecisionLetter(decided.decision(), noticeSentOn.getOrDefault(decided, decided.letterOn()));
    }

    /** What could be recorded today: each step the rules below would accept on that day, whoever may record it. */
    List<PlanStep> nextSteps(LocalDate today) {
        Map<PlanStep, Runnable> checks = new LinkedHashMap<>();
        checks.put(PlanStep.REVIEW_MEETING, () -> checkMeeting(today));
        checks.put(PlanStep.REVIEW_DECISION, () -> checkDecision(today));
        checks.put(PlanStep.AMENDMENT_RESPONSE, () -> checkAmendmentResponse(today));
        checks.put(PlanStep.AMENDED_PLAN, () -> checkAmendedPlan(today));
        checks.put(PlanStep.AMENDMENTS_WITHDRAWN, () -> checkAmendmentOutcome("decidedOn", today));
        checks.put(PlanStep.TRANSFER_NOTICE, () -> checkTransferNotice(today));
        checks.put(PlanStep.PHASE_TRANSFER, this::checkTransfer);
        checks.put(PlanStep.PHASE_TRANSFER_PLAN, () -> checkTransferPlan(today));
        checks.put(PlanStep.CESSATION_DECISION, () -> open("decidedOn", today));
        checks.put(PlanStep.CESSATION, () -> checkCessation(today));
        checks.put(PlanStep.REASSESSMENT_REQUEST, () -> checkReassessmentRequest(today));
        checks.put(PlanStep.REASSESSMENT_DECISION, () -> checkReassessmentDecision(current(), today));
        checks.put(PlanStep.REASSESSMENT_DRAFT, () -> checkReassessmentDraft(current(), "servedOn", today));
        checks.put(PlanStep.REASSESSMENT_DRAFT_RESPONSE, () -> checkReassessmentDraftResponse(current(), today));
        checks.put(PlanStep.REASSESSED_PLAN, () -> checkReassessedPlan(current(), today));
        checks.put(PlanStep.REASSESSMENT_NOT_AMENDED, () -> checkReassessmentDraft(current(), "decidedOn", today));
        checks.put(PlanStep.REASSESSMENT_EXCEPTION, () -> checkExcusable(current()));
        checks.put(PlanStep.CHILD_DETAILS, this::checkProfile);
        checks.put(PlanStep.NEEDS, () -> open("from", today));
        checks.put(PlanStep.PLACEMENT, this::checkPlacement);
        checks.put(PlanStep.PLACEMENT_END, this::checkPlacementToEnd);
        checks.put(PlanStep.PERSONAL_BUDGET, () -> open("from", today));
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

    /** The decision is in time when its notice went within 4 weeks of the meeting; an amended plan's 8 weeks run from it. */
    @CommandHandler
    void handle(NotifyReviewDecision command, Clock clock) {
        Dates.notInFuture("decidedOn", command.decidedOn(), clock);
        Dates.notInFuture("noticeSentOn", command.noticeSentOn(), clock);
        checkDecision(command.decidedOn());
        Dates.notBefore("noticeSentOn", command.noticeSentOn(), "the decision", command.decidedOn());
        LocalDate decided = command.decidedOn();
        LocalDate sent = command.noticeSentOn() != null ? command.noticeSentOn() : decided;
        apply(new ReviewDecisionNotified(id.value(), command.decision(), decided, lastMeetingOn,
                StatutoryCalendar.reviewDecisionDue(lastMeetingOn), StatutoryCalendar.reviewDueBy(decided),
                command.decision() == ReviewDecision.AMEND ? StatutoryCalendar.amendedPlanDue(sent) : null, sent));
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
    void on(ReviewDecisionNotified event, @SequenceNumber long sequence) {
        owes(event, sequence);
        DecisionLetter.of(event).ifPresent(letter -> {
            decided(letter);
            if (!event.noticeSent().equals(event.decidedOn())) {
                noticeSentOn.put(letter, event.noticeSent());
            }
        });
        lastMeetingDecided = true;
        lastDecisionOn = event.decidedOn();
        amendmentNoticeOn = event.decision() == ReviewDecision.AMEND ? event.noticeSent() : null;
        amendmentResponse = null;
    }

    @CommandHandler
    void handle(RecordAmendmentResponse command, Clock clock) {
        Dates.notInFuture("receivedOn", command.receivedOn(), clock);
        checkAmendmentResponse(command.receivedOn());
        apply(new AmendmentResponseReceived(id.value(), command.receivedOn(), command.requests()));
    }

    /**
     * The family's own answer to proposed amendments, from their page: the answer an officer would
     * record for them, dated today, under the same rules (ADR 43), and only from a family member the
     * plan's case admits.
     */
    @CommandHandler
    void handle(AnswerProposedAmendments command, Clock clock, CaseFamilies families,
                @MetaDataValue(ActorMetadata.ROLE) String role, @MetaDataValue(ActorMetadata.USER) String user) {
        families.requireFamilyMember(id.value(), role, user);
        if (command.requests() == null) {
            throw new InvalidField("requests", "requests-required", "requests must be NONE, SCHOOL or MEETING.");
        }
        handle(new RecordAmendmentResponse(id, LocalDate.now(clock), command.requests()), clock);
    }

    private void checkAmendmentResponse(LocalDate receivedOn) {
        checkAmendmentOutcome("receivedOn", receivedOn);
        if (amendmentResponse != null) {
            throw new RuleBroken(AMENDMENT_RESPONSE_RECORDED, "The family's answer to these proposals is recorded ("
                    + amendmentResponse + ").");
        }
    }

    @EventSourcingHandler
    void on(AmendmentResponseReceived event) {
        amendmentResponse = event.requests();
    }

    @CommandHandler
    void handle(IssueAmendedPlan command, Clock clock) {
        Dates.notInFuture("issuedOn", command.issuedOn(), clock);
        checkAmendedPlan(command.issuedOn());
        apply(new AmendedPlanIssued(id.value(), command.issuedOn()));
    }

    /** Not before the family's 15 days on the proposals are over (reg 22(2)(c)), unless they asked for nothing further. */
    private void checkAmendedPlan(LocalDate issuedOn) {
        checkAmendmentOutcome("issuedOn", issuedOn);
        LocalDate earliest = StatutoryCalendar.earliestAmendedPlan(amendmentNoticeOn);
        if (issuedOn.isBefore(earliest) && (amendmentResponse == null || !amendmentResponse.endsTheResponsePeriod())) {
            throw new RuleBroken(AMENDMENT_RESPONSE_PERIOD, "The family have 15 days from the proposals served on "
                    + amendmentNoticeOn + " to answer: the amended plan may be issued from " + earliest
                    + ", or earlier once their answer asking for nothing further is recorded.");
        }
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
        Dates.notBefore(field, on, "the proposed amendments were served", amendmentNoticeOn);
    }

    @EventSourcingHandler
    void on(AmendedPlanIssued event) {
        DecisionLetter.of(event).ifPresent(this::decided);
        amendmentNoticeOn = null;
    }

    @EventSourcingHandler
    void on(AmendmentsWithdrawn event) {
        DecisionLetter.of(event).ifPresent(this::decided);
        amendmentNoticeOn = null;
    }

    /** A school year's transfer names its year; a move between post-16 institutions names its day instead. */
    @CommandHandler
    void handle(SetPhaseTransfer command) {
        checkTransfer();
        PhaseTransfer kind = command.transfer();
        if (kind.datedByTheMove() && command.moveOn() == null) {
            throw new InvalidField("moveOn", "move-needs-its-day", "A move between post-16 institutions gives the day of the move (moveOn).");
        }
        if (!kind.datedByTheMove() && command.transferYear() == null) {
            throw new InvalidField("transferYear", "transfer-needs-its-year", "A " + kind + " transfer gives its year (transferYear).");
        }
        if (!kind.datedByTheMove() && command.moveOn() != null) {
            throw new InvalidField("moveOn", "move-day-only-post-16", "Only a move between post-16 institutions is dated by its day.");
        }
        int year = kind.datedByTheMove() ? command.moveOn().getYear() : command.transferYear();
        LocalDate moveOn = command.moveOn();
        apply(new PhaseTransferSet(id.value(), kind, year, kind.amendedPlanDueBy(year, moveOn), moveOn));
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

    /** The amended plan names the new setting: given as a placement, it takes over the main one from its entry. */
    @CommandHandler
    void handle(IssueTransferPlan command, Clock clock) {
        Dates.notInFuture("issuedOn", command.issuedOn(), clock);
        checkTransferPlan(command.issuedOn());
        Placement placement = command.placement() == null ? null : Placements.checked(command.placement(), clock);
        Map<String, LocalDate> ending = placement == null || !placement.main() ? Map.of()
                : Placements.endedBy(placement, placements);
        apply(new PhaseTransferPlanIssued(id.value(), command.issuedOn(), command.setting()));
        ending.forEach((placementId, lastDay) -> apply(new PlacementEnded(id.value(), placementId, lastDay)));
        if (placement != null) {
            apply(new PlacementStarted(id.value(), command.placementId(), placement));
        }
    }

    private void checkTransferPlan(LocalDate issuedOn) {
        open("issuedOn", issuedOn);
        if (transfer == null) {
            throw new RuleBroken(NO_PHASE_TRANSFER, "No phase transfer is set for this plan: set one first.");
        }
        if (settingNamed) {
            throw new RuleBroken(SETTING_ALREADY_NAMED, "The amended plan naming the new setting for the "
                    + transfer.transfer() + " transfer in " + transfer.transferYear() + " was already issued.");
        }
    }

    /** Stored before the transfer's amended plan was recorded: the setting named met the transfer then. */
    @EventSourcingHandler
    void on(NewSettingNamed event) {
        settingNamed = true;
    }

    @EventSourcingHandler
    void on(PhaseTransferPlanIssued event) {
        DecisionLetter.of(event).ifPresent(this::decided);
        settingNamed = true;
    }

    private void decided(DecisionLetter letter) {
        letters.add(letter);
        if (letter.decision() == AppealableDecision.REVIEW_CEASE || letter.decision() == AppealableDecision.DECISION_TO_CEASE) {
            cessationDecision = letter;
        }
    }

    /** Recorded in the opening dispute's unit of work, so that the plan knows who disputes its decisions. */
    public void disputed(String disputeId, DecisionLetter letter) {
        apply(new DecisionDisputed(id.value(), disputeId, letter.decision(), letter.letterOn()));
    }

    @EventSourcingHandler
    void on(DecisionDisputed event) {
        disputes.computeIfAbsent(new DecisionLetter(event.decision(), event.letterOn()), letter -> new ArrayList<>())
                .add(event.disputeId());
    }

    @CommandHandler
    void handle(DecideCessation command, Clock clock) {
        Dates.notInFuture("decidedOn", command.decidedOn(), clock);
        open("decidedOn", command.decidedOn());
        apply(new CessationDecided(id.value(), command.decidedOn(), command.reason()));
    }

    @EventSourcingHandler
    void on(CessationDecided event, @SequenceNumber long sequence) {
        owes(event, sequence);
        DecisionLetter.of(event).ifPresent(this::decided);
    }

    /** A step that owes the family a letter, known by its event's number in the plan's history, from 1 (ADR 44). */
    private void owes(PlanEvent event, long sequence) {
        PlanNotice.of(event).ifPresent(notice -> notices.put((int) sequence + 1, notice));
    }

    /**
     * The letter a step owed went to the family, once, on the day the step recorded its notice as
     * going (from which the plan's clocks run), reaching them (when that is known) on or after it went.
     */
    @CommandHandler
    void handle(RecordPlanLetterSent command, Clock clock, CaseFamilies families) {
        PlanNotice owed = notices.get(command.event());
        if (owed == null) {
            throw new UnknownReference("no-such-letter", "Plan " + id + " owes no letter for an event numbered "
                    + command.event() + ".");
        }
        if (lettersSent.contains(command.event())) {
            throw new RuleBroken("letter-already-sent", "This letter is already recorded as sent.");
        }
        SentLetters.check(command.sentOn(), owed.decidedOn(), command.servedOn(), command.pdfSha256(), clock);
        if (!command.sentOn().equals(owed.sentOn())) {
            throw new RuleBroken(NOTICE_DAY_RECORDED, "The step recorded this notice as going to the family on "
                    + owed.sentOn() + ", and the plan's time limits run from that day: its letter is recorded as sent then.");
        }
        apply(new PlanLetterSent(id.value(), command.event(), owed.notice(), owed.decidedOn(), command.sentOn(),
                command.channel(), command.servedOn(), command.pdfSha256()));
        if (issuedHere) {
            families.tellOfLetter(id.value());
        }
    }

    @EventSourcingHandler
    void on(PlanLetterSent event) {
        lettersSent.add(event.event());
    }

    /**
     * A plan ceased for a reason the family can appeal needs a decision to cease, and is
     * maintained while they may appeal it and while any appeal or mediation about it runs (CFA
     * s45(4)); an order or agreement to keep it withdraws the decision. A young person over 18
     * who left education has their plan reviewed first (reg 30).
     */
    @CommandHandler
    void handle(CeasePlan command, Clock clock, CessationChallenges challenges) {
        Dates.notInFuture("ceasedOn", command.ceasedOn(), clock);
        Dates.notInFuture("leftEducationOn", command.leftEducationOn(), clock);
        checkCessation(command.ceasedOn());
        Dates.notBefore("ceasedOn", command.ceasedOn(), "the young person left education", command.leftEducationOn());
        if (command.leftEducationOn() != null && (lastMeetingOn == null || lastMeetingOn.isBefore(command.leftEducationOn()))) {
            throw new RuleBroken(REVIEW_NEEDED_BEFORE_CEASING, "A young person over 18 who left education on "
                    + command.leftEducationOn() + " has their plan reviewed before it is ceased (reg 30): no review meeting"
                    + " has been held since.");
        }
        if (command.reason().appealable()) {
            requireAppealRightsSpent(command.reason(), command.ceasedOn(), challenges);
        }
        apply(new PlanCeased(id.value(), command.ceasedOn(), command.reason()));
    }

    private void requireAppealRightsSpent(CessationReason reason, LocalDate ceasedOn, CessationChallenges challenges) {
        if (cessationDecision == null) {
            throw new RuleBroken(CESSATION_DECISION_NEEDED, "A plan is ceased for " + reason + " only after a decision to "
                    + "cease, notified to the family with their right to appeal (CFA s45): record a review's CEASE or a "
                    + "cessation decision first.");
        }
        // the family's time runs from the notice; a dispute opened before notices were dated names the decision's own day
        DecisionLetter noticed = noticed(cessationDecision);
        LocalDate appealBy = StatutoryCalendar.appealBy(noticed.letterOn(), null);
        if (!ceasedOn.isAfter(appealBy)) {
            throw new RuleBroken(APPEAL_RIGHTS_RUNNING, "The family may appeal the decision notified on "
                    + noticed.letterOn() + " until " + appealBy + ", and the plan is maintained until then "
                    + "(CFA s45(4)): it can cease from the day after.");
        }
        List<String> challenging = new ArrayList<>(disputes.getOrDefault(cessationDecision, List.of()));
        if (!noticed.equals(cessationDecision)) {
            challenging.addAll(disputes.getOrDefault(noticed, List.of()));
        }
        switch (challenges.on(challenging, ceasedOn)) {
            case RUNNING -> throw new RuleBroken(APPEAL_RIGHTS_RUNNING, "The family's dispute about the decision of "
                    + cessationDecision.letterOn() + " is still running: the plan is maintained until it ends (CFA s45(4)).");
            case DECISION_WITHDRAWN -> throw new RuleBroken(CESSATION_DECISION_WITHDRAWN, "An order or agreement to keep "
                    + "the plan withdrew the decision of " + cessationDecision.letterOn() + ": a new decision to cease is "
                    + "needed.");
            case NONE_RUNNING -> {
                // the family's rights are spent
            }
        }
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
        reassessments.put(event.reassessmentId(), Reassessment.requested(event.receivedOn()));
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
        DecisionLetter.of(event).ifPresent(this::decided);
        reassessments.computeIfPresent(event.reassessmentId(),
                (rid, r) -> r.decided(event.reassess(), event.decidedOn(), event.finalPlanDueBy()));
    }

    @CommandHandler
    void handle(ServeReassessmentDraft command, Clock clock) {
        Dates.notInFuture("servedOn", command.servedOn(), clock);
        checkReassessmentDraft(command.reassessmentId(), "servedOn", command.servedOn());
        apply(new ReassessmentDraftServed(id.value(), command.reassessmentId(), command.servedOn()));
    }

    /** A draft, or a decision not to amend, belongs to a re-assessment going ahead and not yet ended. */
    private Reassessment checkReassessmentDraft(String reassessmentId, String field, LocalDate on) {
        Reassessment reassessment = reassessing(reassessmentId);
        open(field, on);
        if (reassessment.ended()) {
            throw new RuleBroken(REASSESSMENT_ENDED, "The re-assessment ended on " + (reassessment.issuedOn() != null
                    ? reassessment.issuedOn() + " with its plan." : reassessment.notAmendedOn() + " without amending."));
        }
        Dates.notBefore(field, on, "the decision to re-assess", reassessment.decidedOn());
        return reassessment;
    }

    @EventSourcingHandler
    void on(ReassessmentDraftServed event) {
        reassessments.computeIfPresent(event.reassessmentId(), (rid, r) -> r.draftServed(event.servedOn()));
    }

    @CommandHandler
    void handle(RecordReassessmentDraftResponse command, Clock clock) {
        Dates.notInFuture("receivedOn", command.receivedOn(), clock);
        checkReassessmentDraftResponse(command.reassessmentId(), command.receivedOn());
        apply(new ReassessmentDraftAnswered(id.value(), command.reassessmentId(), command.receivedOn(), command.requests()));
    }

    private void checkReassessmentDraftResponse(String reassessmentId, LocalDate receivedOn) {
        Reassessment reassessment = checkReassessmentDraft(reassessmentId, "receivedOn", receivedOn);
        if (reassessment.draftServedOn() == null) {
            throw new RuleBroken(REASSESSMENT_DRAFT_NEEDED, "No draft of the re-assessed plan has been served to answer.");
        }
        Dates.notBefore("receivedOn", receivedOn, "the draft was served", reassessment.draftServedOn());
    }

    @EventSourcingHandler
    void on(ReassessmentDraftAnswered event) {
        reassessments.computeIfPresent(event.reassessmentId(), (rid, r) -> r.answered(event.requests()));
    }

    @CommandHandler
    void handle(DecideNotToAmend command, Clock clock) {
        Dates.notInFuture("decidedOn", command.decidedOn(), clock);
        checkReassessmentDraft(command.reassessmentId(), "decidedOn", command.decidedOn());
        apply(new ReassessmentNotAmended(id.value(), command.reassessmentId(), command.decidedOn()));
    }

    /** The re-assessment was an assessment even though it ended without a plan: reg 24's 6 months count from it. */
    @EventSourcingHandler
    void on(ReassessmentNotAmended event) {
        DecisionLetter.of(event).ifPresent(this::decided);
        reassessments.computeIfPresent(event.reassessmentId(), (rid, r) -> r.notAmended(event.decidedOn()));
        lastAssessedOn = event.decidedOn();
    }

    @CommandHandler
    void handle(IssueReassessedPlan command, Clock clock) {
        Dates.notInFuture("issuedOn", command.issuedOn(), clock);
        checkReassessedPlan(command.reassessmentId(), command.issuedOn());
        apply(new ReassessedPlanIssued(id.value(), command.reassessmentId(), command.issuedOn(),
                StatutoryCalendar.reviewDueBy(command.issuedOn())));
    }

    /** After its draft and the family's 15 days, unless they asked for nothing further (reg 27(1) applying reg 13). */
    private void checkReassessedPlan(String reassessmentId, LocalDate issuedOn) {
        Reassessment reassessment = reassessing(reassessmentId);
        open("issuedOn", issuedOn);
        if (reassessment.issuedOn() != null) {
            throw new RuleBroken(REASSESSED_PLAN_ALREADY_ISSUED, "The re-assessed plan was issued on "
                    + reassessment.issuedOn() + ".");
        }
        checkReassessmentDraft(reassessmentId, "issuedOn", issuedOn);
        if (reassessment.draftServedOn() == null) {
            throw new RuleBroken(REASSESSMENT_DRAFT_NEEDED, "The re-assessed plan follows its draft, served on the family "
                    + "with 15 days to answer (reg 27(1) applying reg 13): record the draft first.");
        }
        Dates.notBefore("issuedOn", issuedOn, "the draft was served", reassessment.draftServedOn());
        LocalDate earliest = StatutoryCalendar.earliestFinalPlan(reassessment.draftServedOn());
        boolean answeredNothingFurther = reassessment.draftResponse() != null
                && reassessment.draftResponse().endsTheResponsePeriod();
        if (issuedOn.isBefore(earliest) && !answeredNothingFurther) {
            throw new RuleBroken(DRAFT_RESPONSE_PERIOD, "The family have 15 days from the draft served on "
                    + reassessment.draftServedOn() + ": the plan may be issued from " + earliest
                    + ", or earlier once their answer asking for nothing further is recorded.");
        }
    }

    @EventSourcingHandler
    void on(ReassessedPlanIssued event) {
        DecisionLetter.of(event).ifPresent(this::decided);
        reassessments.computeIfPresent(event.reassessmentId(), (rid, r) -> r.planIssued(event.issuedOn()));
        lastAssessedOn = event.issuedOn();
    }

    @CommandHandler
    void handle(ExcuseReassessmentDeadline command, Clock clock) {
        if (command.deadline() != Deadline.FINAL_PLAN) {
            throw new InvalidField("deadline", "reassessment-excuses-final-plan-only", "A re-assessment's exceptions excuse only its FINAL_PLAN deadline, the 14 "
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

    /**
     * The child's details for the returns, sealed under the plan's child's key (its assessment's
     * for a plan issued here). Still recorded after the plan ceased: the return reports the plans
     * ceased in its year.
     */
    @CommandHandler
    void handle(RecordPlanChildProfile command, PersonalDataVault vault) {
        ChildProfile profile = ChildProfiles.checked(command.profile());
        checkProfile();
        apply(new PlanChildProfileRecorded(id.value(), ChildProfiles.sealed(vault, id.value(), profile)));
    }

    private void checkProfile() {
        if (personalDataErased) {
            throw new RuleBroken(ChildProfiles.PERSONAL_DATA_ERASED, "This plan's child's personal data was erased.");
        }
    }

    @CommandHandler
    void handle(RecordNeeds command, Clock clock) {
        Dates.notInFuture("from", command.from(), clock);
        open("from", command.from());
        if (command.primary() == command.secondary()) {
            throw new RuleBroken(SAME_NEED_TWICE, "secondary", "The secondary need is another need than the primary ("
                    + command.primary() + "): leave it out when the plan names one need.");
        }
        apply(new NeedsRecorded(id.value(), command.primary(), command.secondary(), command.from()));
    }

    @CommandHandler
    void handle(StartPlacement command, Clock clock) {
        checkPlacement();
        Placement placement = Placements.checked(command.placement(), clock);
        Placements.oneMainAtATime(placement, placements.values());
        apply(new PlacementStarted(id.value(), command.placementId(), placement));
    }

    private void checkPlacement() {
        if (ceasedOn != null) {
            throw ceased();
        }
    }

    /** Some placement the child has not yet left: the one a page's form would end. */
    private void checkPlacementToEnd() {
        if (placements.values().stream().allMatch(held -> held.leftOn() != null)) {
            throw new RuleBroken(Placements.PLACEMENT_ENDED, "Every placement recorded has ended.");
        }
    }

    @EventSourcingHandler
    void on(PlacementStarted event) {
        placements.put(event.placementId(), new Placements.Held(event.placement(), null));
    }

    /** A placement may be ended after the plan ceased: the child leaves the setting when the plan stops. */
    @CommandHandler
    void handle(EndPlacement command, Clock clock) {
        Placements.Held held = placements.get(command.placementId());
        if (held == null) {
            throw new UnknownReference("placementId", "No placement " + command.placementId() + " of this plan is known.");
        }
        if (held.leftOn() != null) {
            throw new RuleBroken(Placements.PLACEMENT_ENDED, "The child left this placement on " + held.leftOn() + ".");
        }
        Dates.notBefore("leavingOn", command.leavingOn(), "the child entered the placement", held.placement().entryOn());
        if (command.leavingOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new InvalidField("leavingOn", "leaving-within-a-year", "A placement's end is recorded at most a year ahead.");
        }
        apply(new PlacementEnded(id.value(), command.placementId(), command.leavingOn()));
    }

    @EventSourcingHandler
    void on(PlacementEnded event) {
        placements.computeIfPresent(event.placementId(), (placementId, held) -> new Placements.Held(held.placement(),
                event.leavingOn()));
    }

    /** A budget not agreed is delivered no way; an agreed one may be held by the authority (neither way ticked). */
    @CommandHandler
    void handle(RecordPersonalBudget command, Clock clock) {
        Dates.notInFuture("from", command.from(), clock);
        open("from", command.from());
        if (!command.agreed() && (command.organisedArrangements() || command.directPayments())) {
            throw new InvalidField("agreed", "delivered-budget-agreed", "A personal budget delivered by organised arrangements or direct payments "
                    + "was agreed: set agreed to true.");
        }
        apply(new PersonalBudgetRecorded(id.value(), command.agreed(), command.organisedArrangements(),
                command.directPayments(), command.from()));
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
            throw new RuleBroken(DATE_BEFORE_PLAN_ISSUED, field, field + " " + on + " is before the plan was issued on "
                    + issuedOn + ".");
        }
    }

    /** Moving a plan to the officer who already holds it records nothing. */
    @CommandHandler
    void handle(AssignPlan command, Caseload caseload) {
        Holder asked = caseload.checked(command.officer(), command.team());
        if (!asked.equals(holder)) {
            apply(new PlanAssigned(id.value(), asked));
        }
    }

    @EventSourcingHandler
    void on(PlanAssigned event) {
        holder = event.holder();
    }
}
