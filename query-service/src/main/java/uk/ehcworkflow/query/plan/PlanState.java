package uk.ehcworkflow.query.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.PermittedExceptions;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.plan.AmendedPlanIssued;
import uk.ehcworkflow.events.plan.AmendmentResponseReceived;
import uk.ehcworkflow.events.plan.AmendmentsWithdrawn;
import uk.ehcworkflow.events.plan.CessationReason;
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
import uk.ehcworkflow.events.plan.PlanRegistered;
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
import uk.ehcworkflow.events.plan.SenNeed;
import uk.ehcworkflow.events.plan.TransferNoticeSent;
import uk.ehcworkflow.query.deadline.DeadlineKind;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;

/**
 * A plan's state folded from its recorded events: each review with its due dates and whether
 * they were met, each annual review the plan owed, phase transfers, re-assessments and the
 * cessation. Due dates come from the events (fixed when recorded); whether a step met them is
 * judged here, on or before the due day being in time.
 */
public final class PlanState {

    public enum Status { ACTIVE, CEASED }

    /** How the plan came to the service. */
    public enum Origin { ISSUED_HERE, REGISTERED }

    /** A deadline a plan can be past. */
    public enum Outstanding {
        REVIEW("Annual review", DeadlineKind.ANNUAL_REVIEW),
        REVIEW_DECISION("Review decision (4 weeks from the meeting)", DeadlineKind.REVIEW_DECISION),
        AMENDED_PLAN("Amended plan (8 weeks from the notice)", DeadlineKind.AMENDED_PLAN),
        TRANSFER_NOTICE("Family told of the plan's transfer (6 weeks)", DeadlineKind.TRANSFER_NOTICE),
        PHASE_TRANSFER_NAMING("Amended plan naming the setting for the phase transfer", DeadlineKind.PHASE_TRANSFER),
        REASSESSMENT_DECISION("Re-assessment decision (15 days)", DeadlineKind.REASSESSMENT_DECISION),
        REASSESSED_PLAN("Re-assessed plan (14 weeks)", DeadlineKind.REASSESSED_PLAN);

        private final String label;
        private final DeadlineKind kind;

        Outstanding(String label, DeadlineKind kind) {
            this.label = label;
            this.kind = kind;
        }

        public String label() {
            return label;
        }

        /** As the work tray lists it. */
        public DeadlineKind kind() {
            return kind;
        }

        /** The plan's deadline the work tray's kind stands for, if it is a plan's. */
        public static Optional<Outstanding> of(DeadlineKind kind) {
            return Arrays.stream(values()).filter(each -> each.kind == kind).findFirst();
        }
    }

    /**
     * A review meeting, the decision on it and, after an AMEND, the family's answer to the proposed
     * amendments and the amended plan or the withdrawal.
     *
     * @param noticeSentOn     the day the decision's notice (for AMEND, the proposals) went to the family
     * @param amendedPlanDueBy 8 weeks from that notice
     */
    public record Review(LocalDate heldOn, LocalDate decisionDueBy, ReviewDecision decision, LocalDate decidedOn,
                         LocalDate noticeSentOn, LocalDate amendedPlanDueBy, LocalDate amendmentResponseOn,
                         DraftResponse amendmentResponse, LocalDate amendedPlanIssuedOn, LocalDate amendmentsWithdrawnOn,
                         String withdrawalReason, Instant recordedAt, String recordedBy) {

        static Review held(LocalDate heldOn, LocalDate decisionDueBy, Instant recordedAt, String recordedBy) {
            return new Review(heldOn, decisionDueBy, null, null, null, null, null, null, null, null, null, recordedAt,
                    recordedBy);
        }

        Review decided(ReviewDecision decision, LocalDate decidedOn, LocalDate noticeSentOn) {
            LocalDate amendedPlanDue = decision == ReviewDecision.AMEND ? StatutoryCalendar.amendedPlanDue(noticeSentOn) : null;
            return new Review(heldOn, decisionDueBy, decision, decidedOn, noticeSentOn, amendedPlanDue, null, null, null,
                    null, null, recordedAt, recordedBy);
        }

        Review answered(LocalDate receivedOn, DraftResponse requests) {
            return new Review(heldOn, decisionDueBy, decision, decidedOn, noticeSentOn, amendedPlanDueBy, receivedOn,
                    requests, null, null, null, recordedAt, recordedBy);
        }

        Review amendedPlanIssued(LocalDate issuedOn) {
            return new Review(heldOn, decisionDueBy, decision, decidedOn, noticeSentOn, amendedPlanDueBy, amendmentResponseOn,
                    amendmentResponse, issuedOn, null, null, recordedAt, recordedBy);
        }

        Review amendmentsWithdrawn(LocalDate withdrawnOn, String reason) {
            return new Review(heldOn, decisionDueBy, decision, decidedOn, noticeSentOn, amendedPlanDueBy, amendmentResponseOn,
                    amendmentResponse, null, withdrawnOn, reason, recordedAt, recordedBy);
        }

        /** In time when the notice went within 4 weeks of the meeting. */
        @JsonProperty
        public Boolean decisionWithinFourWeeks() {
            return noticeSentOn == null ? null : StatutoryCalendar.inTime(noticeSentOn, decisionDueBy);
        }

        @JsonProperty
        public Boolean amendedWithinEightWeeks() {
            LocalDate outcome = amendmentOutcomeOn();
            return outcome == null ? null : StatutoryCalendar.inTime(outcome, amendedPlanDueBy);
        }

        /** The day the amendment notice was answered by the amended plan or the withdrawal, if it was. */
        @JsonProperty
        public LocalDate amendmentOutcomeOn() {
            return amendedPlanIssuedOn != null ? amendedPlanIssuedOn : amendmentsWithdrawnOn;
        }

        /** Whether the review was still open on the day: undecided, or amending with no outcome yet. */
        boolean incompleteOn(LocalDate day) {
            if (decidedOn == null || decidedOn.isAfter(day)) {
                return true;
            }
            return decision == ReviewDecision.AMEND && (amendmentOutcomeOn() == null || amendmentOutcomeOn().isAfter(day));
        }
    }

    /** An annual review the plan owed: due by a day, done when a decision was notified, unless the plan was re-made or ceased first. */
    public record ReviewPeriod(LocalDate dueBy, LocalDate completedOn, LocalDate endedOtherwiseOn) {

        static ReviewPeriod dueBy(LocalDate dueBy) {
            return new ReviewPeriod(dueBy, null, null);
        }

        ReviewPeriod completed(LocalDate on) {
            return new ReviewPeriod(dueBy, on, null);
        }

        /** The plan was re-made or ceased before this review was done. */
        ReviewPeriod endedOtherwise(LocalDate on) {
            return new ReviewPeriod(dueBy, null, on);
        }

        /** Whether the review fell due at all: not if a re-assessed plan or cessation ended the period by its last day. */
        public boolean fellDue() {
            return endedOtherwiseOn == null || endedOtherwiseOn.isAfter(dueBy);
        }

        public boolean completedInTime() {
            return completedOn != null && StatutoryCalendar.inTime(completedOn, dueBy);
        }
    }

    /**
     * A phase transfer and the final amended plan naming its setting (reg 18).
     *
     * @param moveOn              the day of a move between post-16 institutions; null for the others
     * @param nameBy              the amended plan's last day
     * @param namedOn             in plans recorded before the amended plan was asked for, the day the setting was named
     * @param amendedPlanIssuedOn the day the final amended plan naming the setting was issued
     */
    public record Transfer(PhaseTransfer transfer, int transferYear, LocalDate moveOn, LocalDate nameBy, LocalDate namedOn,
                           LocalDate amendedPlanIssuedOn, String setting) {

        static Transfer set(PhaseTransfer transfer, int transferYear, LocalDate moveOn, LocalDate nameBy) {
            return new Transfer(transfer, transferYear, moveOn, nameBy, null, null, null);
        }

        Transfer named(LocalDate on, String newSetting) {
            return new Transfer(transfer, transferYear, moveOn, nameBy, on, null, newSetting);
        }

        Transfer amendedPlanIssued(LocalDate on, String newSetting) {
            return new Transfer(transfer, transferYear, moveOn, nameBy, null, on, newSetting);
        }

        /** The day the transfer was met: its amended plan, or in older records the setting named. */
        @JsonProperty
        public LocalDate metOn() {
            return amendedPlanIssuedOn != null ? amendedPlanIssuedOn : namedOn;
        }

        /** Met by its day; the name is the API's from before the amended plan was what met it. */
        @JsonProperty
        public Boolean namedInTime() {
            return metOn() == null ? null : StatutoryCalendar.inTime(metOn(), nameBy);
        }
    }

    public record ReassessmentException(StatutoryException reason, LocalDate from, LocalDate to, String note) {
    }

    /**
     * A re-assessment: its request and decision, its draft and the family's answer, and how it
     * ended: a plan, or a decision not to amend ({@code notAmendedOn}).
     */
    public record Reassessment(String reassessmentId, LocalDate receivedOn, LocalDate decisionDueBy,
                               boolean withinSixMonthsOfLastAssessment, Boolean reassess, LocalDate decidedOn,
                               LocalDate finalPlanDueBy, LocalDate draftServedOn, DraftResponse draftResponse,
                               LocalDate issuedOn, LocalDate notAmendedOn, List<ReassessmentException> exceptions) {

        static Reassessment requested(String reassessmentId, LocalDate receivedOn, LocalDate decisionDueBy,
                                      boolean withinSixMonthsOfLastAssessment) {
            return new Reassessment(reassessmentId, receivedOn, decisionDueBy, withinSixMonthsOfLastAssessment, null, null,
                    null, null, null, null, null, List.of());
        }

        Reassessment decided(boolean toReassess, LocalDate on, LocalDate planDueBy) {
            return new Reassessment(reassessmentId, receivedOn, decisionDueBy, withinSixMonthsOfLastAssessment, toReassess,
                    on, planDueBy, null, null, null, null, exceptions);
        }

        Reassessment excused(ReassessmentException exception) {
            List<ReassessmentException> more = new ArrayList<>(exceptions);
            more.add(exception);
            return new Reassessment(reassessmentId, receivedOn, decisionDueBy, withinSixMonthsOfLastAssessment, reassess,
                    decidedOn, finalPlanDueBy, draftServedOn, draftResponse, issuedOn, notAmendedOn, List.copyOf(more));
        }

        Reassessment draftServed(LocalDate on) {
            return new Reassessment(reassessmentId, receivedOn, decisionDueBy, withinSixMonthsOfLastAssessment, reassess,
                    decidedOn, finalPlanDueBy, on, null, issuedOn, notAmendedOn, exceptions);
        }

        Reassessment answered(DraftResponse requests) {
            return new Reassessment(reassessmentId, receivedOn, decisionDueBy, withinSixMonthsOfLastAssessment, reassess,
                    decidedOn, finalPlanDueBy, draftServedOn, requests, issuedOn, notAmendedOn, exceptions);
        }

        Reassessment planIssued(LocalDate on) {
            return new Reassessment(reassessmentId, receivedOn, decisionDueBy, withinSixMonthsOfLastAssessment, reassess,
                    decidedOn, finalPlanDueBy, draftServedOn, draftResponse, on, notAmendedOn, exceptions);
        }

        Reassessment notAmended(LocalDate on) {
            return new Reassessment(reassessmentId, receivedOn, decisionDueBy, withinSixMonthsOfLastAssessment, reassess,
                    decidedOn, finalPlanDueBy, draftServedOn, draftResponse, issuedOn, on, exceptions);
        }

        /** The day it ended: its plan, or the decision not to amend. */
        LocalDate endedOn() {
            return issuedOn != null ? issuedOn : notAmendedOn;
        }

        public Boolean decidedInTime() {
            return decidedOn == null ? null : StatutoryCalendar.inTime(decidedOn, decisionDueBy);
        }

        public Boolean withinFourteenWeeks() {
            return issuedOn == null || finalPlanDueBy == null ? null : StatutoryCalendar.inTime(issuedOn, finalPlanDueBy);
        }

        /** Whether a recorded reg 27(3) exception excuses the 14 weeks, judged as the command side judged it. */
        public boolean exceptionApplies() {
            return finalPlanDueBy != null && exceptions.stream().anyMatch(e -> PermittedExceptions.excuses(e.reason(),
                    Deadline.REASSESSED_PLAN, finalPlanDueBy, e.from(), e.to()));
        }
    }

    /** The needs the plan sets out from a day on. */
    public record Needs(SenNeed primary, SenNeed secondary, LocalDate from) {
    }

    /** A placement, and the child's last day there once they have left. */
    public record PlacementHeld(String placementId, Placement placement, LocalDate leavingOn) {

        /** Whether the child was on its roll on the day. */
        public boolean heldOn(LocalDate day) {
            return !placement.entryOn().isAfter(day) && (leavingOn == null || !leavingOn.isBefore(day));
        }
    }

    /** Whether a personal budget was agreed from a day on, and how it is delivered. */
    public record PersonalBudget(boolean agreed, boolean organisedArrangements, boolean directPayments, LocalDate from) {
    }

    /** A deadline past on a day. */
    public record Overdue(Outstanding deadline, LocalDate dueBy, long daysOverdue) {
    }

    private String planId;
    private Origin origin;
    private LocalDate issuedOn;
    private LocalDate lastReviewDecisionBeforeRegistration;
    private LocalDate transferredInOn;
    private String fromAuthority;
    /** For a plan registered from before, its request as the area knew it then (null when not given). */
    private LocalDate requestReceivedOn;
    private RequestSource requestSource;
    private LocalDate transferNoticeSentOn;
    private Instant createdAt;
    private LocalDate ceasedOn;
    private CessationReason cessationReason;
    private final List<Review> reviews = new ArrayList<>();
    private final List<ReviewPeriod> periods = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<Reassessment> reassessments = new ArrayList<>();
    private final List<Needs> needs = new ArrayList<>();
    private final List<PlacementHeld> placements = new ArrayList<>();
    private final List<PersonalBudget> budgets = new ArrayList<>();
    private final List<SealedPersonalData> profiles = new ArrayList<>();
    /** Whose caseload the plan is in; null for one brought in from a return and not yet given to anyone. */
    private Holder holder;

    private PlanState() {
    }

    static PlanState of(List<PlanTimeline.Fact> facts) {
        PlanState state = new PlanState();
        facts.forEach(state::fold);
        return state;
    }

    /**
     * Review due dates are worked out from the dates in the events, not read from those stored
     * beside them, so that a rule corrected later (the 12 months from 29 February) applies to
     * every plan the next time it is read (ADR 30).
     */
    private void fold(PlanTimeline.Fact fact) {
        Object event = fact.event();
        if (event instanceof PlanIssued e) {
            begin(e.planId(), Origin.ISSUED_HERE, e.issuedOn(), StatutoryCalendar.reviewDueBy(e.issuedOn()),
                    fact.recordedAt());
        } else if (event instanceof PlanRegistered e) {
            begin(e.planId(), Origin.REGISTERED, e.issuedOn(), e.firstReviewDueBy(), fact.recordedAt());
            lastReviewDecisionBeforeRegistration = e.lastReviewDecisionOn();
            transferredInOn = e.transferredInOn();
            fromAuthority = e.fromAuthority();
            requestReceivedOn = e.requestReceivedOn();
            requestSource = e.requestSource();
        } else if (event instanceof TransferNoticeSent e) {
            transferNoticeSentOn = e.sentOn();
        } else if (event instanceof ReviewMeetingHeld e) {
            reviews.add(Review.held(e.heldOn(), e.decisionDueBy(), fact.recordedAt(), fact.recordedBy()));
        } else if (event instanceof ReviewDecisionNotified e) {
            lastReview(r -> r.decided(e.decision(), e.decidedOn(), e.noticeSent()));
            endPeriod(period -> period.completed(e.decidedOn()));
            periods.add(ReviewPeriod.dueBy(StatutoryCalendar.reviewDueBy(e.decidedOn())));
        } else if (event instanceof AmendmentResponseReceived e) {
            lastReview(r -> r.answered(e.receivedOn(), e.requests()));
        } else if (event instanceof AmendedPlanIssued e) {
            lastReview(r -> r.amendedPlanIssued(e.issuedOn()));
        } else if (event instanceof AmendmentsWithdrawn e) {
            lastReview(r -> r.amendmentsWithdrawn(e.decidedOn(), e.reason()));
        } else if (event instanceof PhaseTransferSet e) {
            if (!transfers.isEmpty() && transfers.get(transfers.size() - 1).metOn() == null) {
                transfers.remove(transfers.size() - 1); // a transfer not yet named is replaced, not added to
            }
            transfers.add(Transfer.set(e.transfer(), e.transferYear(), e.moveOn(), e.amendedPlanDueBy()));
        } else if (event instanceof NewSettingNamed e) {
            transfers.add(transfers.remove(transfers.size() - 1).named(e.namedOn(), e.setting()));
        } else if (event instanceof PhaseTransferPlanIssued e) {
            transfers.add(transfers.remove(transfers.size() - 1).amendedPlanIssued(e.issuedOn(), e.setting()));
        } else if (event instanceof PlanCeased e) {
            ceasedOn = e.ceasedOn();
            cessationReason = e.reason();
            endPeriod(period -> period.endedOtherwise(e.ceasedOn()));
        } else if (event instanceof ReassessmentRequested e) {
            reassessments.add(Reassessment.requested(e.reassessmentId(), e.receivedOn(), e.decisionDueBy(),
                    e.withinSixMonthsOfLastAssessment()));
        } else if (event instanceof ReassessmentDecided e) {
            reassessment(e.reassessmentId(), r -> r.decided(e.reassess(), e.decidedOn(), e.finalPlanDueBy()));
        } else if (event instanceof ReassessmentExceptionRecorded e) {
            reassessment(e.reassessmentId(), r -> r.excused(new ReassessmentException(e.reason(), e.from(), e.to(), e.note())));
        } else if (event instanceof ReassessmentDraftServed e) {
            reassessment(e.reassessmentId(), r -> r.draftServed(e.servedOn()));
        } else if (event instanceof ReassessmentDraftAnswered e) {
            reassessment(e.reassessmentId(), r -> r.answered(e.requests()));
        } else if (event instanceof ReassessmentNotAmended e) {
            reassessment(e.reassessmentId(), r -> r.notAmended(e.decidedOn()));
        } else if (event instanceof NeedsRecorded e) {
            needs.add(new Needs(e.primary(), e.secondary(), e.from()));
        } else if (event instanceof PlacementStarted e) {
            placements.add(new PlacementHeld(e.placementId(), e.placement(), null));
        } else if (event instanceof PlacementEnded e) {
            placements.replaceAll(p -> p.placementId().equals(e.placementId())
                    ? new PlacementHeld(p.placementId(), p.placement(), e.leavingOn()) : p);
        } else if (event instanceof PersonalBudgetRecorded e) {
            budgets.add(new PersonalBudget(e.agreed(), e.organisedArrangements(), e.directPayments(), e.from()));
        } else if (event instanceof PlanChildProfileRecorded e) {
            profiles.add(e.profile());
        } else if (event instanceof PlanAssigned e) {
            holder = e.holder();
        } else if (event instanceof ReassessedPlanIssued e) {
            reassessment(e.reassessmentId(), r -> r.planIssued(e.issuedOn()));
            endPeriod(period -> period.endedOtherwise(e.issuedOn()));
            periods.add(ReviewPeriod.dueBy(StatutoryCalendar.reviewDueBy(e.issuedOn())));
        }
    }

    private void begin(String id, Origin from, LocalDate issued, LocalDate reviewDueBy, Instant recordedAt) {
        planId = id;
        origin = from;
        issuedOn = issued;
        createdAt = recordedAt;
        periods.add(ReviewPeriod.dueBy(reviewDueBy));
    }

    private void lastReview(UnaryOperator<Review> change) {
        reviews.set(reviews.size() - 1, change.apply(reviews.get(reviews.size() - 1)));
    }

    private void endPeriod(UnaryOperator<ReviewPeriod> end) {
        periods.set(periods.size() - 1, end.apply(periods.get(periods.size() - 1)));
    }

    private void reassessment(String id, UnaryOperator<Reassessment> change) {
        reassessments.replaceAll(r -> r.reassessmentId().equals(id) ? change.apply(r) : r);
    }

    public Holder holder() {
        return holder;
    }

    public String planId() {
        return planId;
    }

    public Origin origin() {
        return origin;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate lastReviewDecisionBeforeRegistration() {
        return lastReviewDecisionBeforeRegistration;
    }

    /** The day the request behind a plan registered from before was received, when it was given. */
    public LocalDate requestReceivedOn() {
        return requestReceivedOn;
    }

    public RequestSource requestSource() {
        return requestSource;
    }

    /** For a plan transferred in from another authority (reg 15): the day, the authority, and when the family were told. */
    public LocalDate transferredInOn() {
        return transferredInOn;
    }

    public String fromAuthority() {
        return fromAuthority;
    }

    public LocalDate transferNoticeSentOn() {
        return transferNoticeSentOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return ceasedOn == null ? Status.ACTIVE : Status.CEASED;
    }

    public LocalDate ceasedOn() {
        return ceasedOn;
    }

    public CessationReason cessationReason() {
        return cessationReason;
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }

    public List<ReviewPeriod> periods() {
        return List.copyOf(periods);
    }

    public List<Transfer> transfers() {
        return List.copyOf(transfers);
    }

    public List<Reassessment> reassessments() {
        return List.copyOf(reassessments);
    }

    /** The needs the plan set out on the day: the latest recorded from that day or before; empty if none. */
    public Optional<Needs> needsOn(LocalDate day) {
        return latestFrom(needs, Needs::from, day);
    }

    public List<PlacementHeld> placements() {
        return List.copyOf(placements);
    }

    /** The placements the child was on the roll of on the day, the main one first. */
    public List<PlacementHeld> placementsOn(LocalDate day) {
        return placements.stream().filter(p -> p.heldOn(day))
                .sorted(Comparator.comparingInt(p -> p.placement().rank())).toList();
    }

    public Optional<PersonalBudget> personalBudgetOn(LocalDate day) {
        return latestFrom(budgets, PersonalBudget::from, day);
    }

    /** The child's details for the returns as recorded on the plan, sealed, in order. */
    public List<SealedPersonalData> profiles() {
        return List.copyOf(profiles);
    }

    /** Of records each from a day, the one standing on the day: the latest from, and of two the later recorded. */
    private static <T> Optional<T> latestFrom(List<T> records, Function<T, LocalDate> from, LocalDate day) {
        T standing = null;
        for (T each : records) {
            if (!from.apply(each).isAfter(day) && (standing == null || !from.apply(each).isBefore(from.apply(standing)))) {
                standing = each;
            }
        }
        return Optional.ofNullable(standing);
    }

    /** The last day of the review the plan owes now; empty once it has ceased. */
    public Optional<LocalDate> nextReviewDueBy() {
        return ceasedOn != null ? Optional.empty() : Optional.of(periods.get(periods.size() - 1).dueBy());
    }

    /** Whether the plan was in force at the end of a day: issued by then and not yet ceased. */
    public boolean inForceOn(LocalDate day) {
        return !issuedOn.isAfter(day) && (ceasedOn == null || ceasedOn.isAfter(day));
    }

    /**
     * Every deadline past on a day, judged by what had happened by then: a review period whose
     * last day has gone with no decision, a meeting with no decision 4 weeks on, an amendment
     * notice with no outcome 8 weeks on, a transfer's setting not named, a re-assessment not
     * decided or its plan not issued. None for a plan not in force that day.
     */
    public List<Overdue> overdueOn(LocalDate day) {
        return openOn(day).stream().filter(open -> StatutoryCalendar.overdueOn(open.dueBy(), day))
                .map(open -> new Overdue(open.deadline(), open.dueBy(), ChronoUnit.DAYS.between(open.dueBy(), day)))
                .toList();
    }

    /** A deadline not met by a day, however far off. */
    public record Open(Outstanding deadline, LocalDate dueBy, boolean exceptionApplies) {
    }

    /** Every deadline of the plan not met by the day, due or not: what the work tray lists. None for a plan not in force. */
    public List<Open> openOn(LocalDate day) {
        List<Open> open = new ArrayList<>();
        if (!inForceOn(day)) {
            return open;
        }
        for (ReviewPeriod period : periods) {
            boolean ended = doneBy(period.completedOn(), day) || doneBy(period.endedOtherwiseOn(), day);
            add(open, Outstanding.REVIEW, period.dueBy(), ended, false);
        }
        for (Review review : reviews) {
            if (!review.heldOn().isAfter(day)) {
                add(open, Outstanding.REVIEW_DECISION, review.decisionDueBy(), doneBy(review.decidedOn(), day), false);
            }
            if (review.amendedPlanDueBy() != null && !review.decidedOn().isAfter(day)) {
                add(open, Outstanding.AMENDED_PLAN, review.amendedPlanDueBy(), doneBy(review.amendmentOutcomeOn(), day), false);
            }
        }
        if (transferredInOn != null && !transferredInOn.isAfter(day)) {
            add(open, Outstanding.TRANSFER_NOTICE, StatutoryCalendar.transferNoticeDue(transferredInOn),
                    doneBy(transferNoticeSentOn, day), false);
        }
        for (Transfer transfer : transfers) {
            add(open, Outstanding.PHASE_TRANSFER_NAMING, transfer.nameBy(), doneBy(transfer.metOn(), day), false);
        }
        for (Reassessment r : reassessments) {
            if (!r.receivedOn().isAfter(day)) {
                add(open, Outstanding.REASSESSMENT_DECISION, r.decisionDueBy(), doneBy(r.decidedOn(), day), false);
            }
            if (Boolean.TRUE.equals(r.reassess()) && !r.decidedOn().isAfter(day)) {
                add(open, Outstanding.REASSESSED_PLAN, r.finalPlanDueBy(), doneBy(r.endedOn(), day), r.exceptionApplies());
            }
        }
        return open;
    }

    /**
     * The time limits the plan has not met, as the open-deadlines read model keeps them: judged by
     * everything recorded, since no date recorded is after the day it is recorded. None once ceased.
     * The first carries the meeting of the plan's last review if that review is incomplete.
     */
    public List<OpenTimeLimit> openTimeLimits() {
        List<OpenTimeLimit> limits = new ArrayList<>();
        if (status() != Status.ACTIVE) {
            return limits;
        }
        LocalDate stalledReview = incompleteReviewOn(LocalDate.MAX).map(Review::heldOn).orElse(null);
        String assessmentId = origin() == Origin.ISSUED_HERE ? planId : null;
        for (Open open : openOn(LocalDate.MAX)) {
            limits.add(OpenTimeLimit.ofPlan(planId, assessmentId, open.deadline().kind(), open.dueBy(),
                    open.exceptionApplies(), limits.isEmpty() ? stalledReview : null, holder()));
        }
        return limits;
    }

    /** The last review meeting whose review was still incomplete on the day, if any: for the FOI's counts. */
    public Optional<Review> incompleteReviewOn(LocalDate day) {
        if (!inForceOn(day)) {
            return Optional.empty();
        }
        return reviews.stream().filter(r -> !r.heldOn().isAfter(day)).reduce((first, second) -> second)
                .filter(r -> r.incompleteOn(day));
    }

    private static boolean doneBy(LocalDate doneOn, LocalDate day) {
        return doneOn != null && !doneOn.isAfter(day);
    }

    private static void add(List<Open> open, Outstanding deadline, LocalDate dueBy, boolean done, boolean excused) {
        if (!done) {
            open.add(new Open(deadline, dueBy, excused));
        }
    }
}
