package uk.ehcworkflow.query.assessment;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ehcworkflow.events.assessment.AdviceRequested;
import uk.ehcworkflow.events.assessment.AdviceSubmitted;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.assessment.AssessmentOpened;
import uk.ehcworkflow.events.assessment.AssessmentReopened;
import uk.ehcworkflow.events.assessment.CaseAssigned;
import uk.ehcworkflow.events.assessment.CaseReferenceAssigned;
import uk.ehcworkflow.events.assessment.ChildProfileRecorded;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.ExceptionRecorded;
import uk.ehcworkflow.events.assessment.AdviceFileType;
import uk.ehcworkflow.events.assessment.FamilyAdviceGiven;
import uk.ehcworkflow.events.assessment.FamilyInvitationAccepted;
import uk.ehcworkflow.events.assessment.FamilyInvitationWithdrawn;
import uk.ehcworkflow.events.assessment.FamilyMemberInvited;
import uk.ehcworkflow.events.assessment.Relationship;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.LetterSent;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.assessment.PermittedExceptions;
import uk.ehcworkflow.events.assessment.PersonalDataErased;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.StepDue;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.events.panel.PanelDecision;
import uk.ehcworkflow.query.readmodel.Recording;

/**
 * What the read side knows of one assessment: its events folded into facts, each with the
 * business date it happened and the time it was recorded, and no personal data. Both the
 * case timeline and the timeliness figures are computed from it.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class AssessmentTimeline {

    /**
     * A statutory step and who recorded it when.
     *
     * @param requests with the family's response to a draft, what they asked for (null if not recorded)
     */
    public record Step(Milestone milestone, LocalDate occurredOn, Instant recordedAt, String recordedBy, String note,
                       DraftResponse requests) {
    }

    /** How a request ended, or that it has not yet: its first outcome, as the DfE counts requests (ADR 17). */
    public enum RequestOutcome { AGREED_TO_ASSESS, REFUSED_TO_ASSESS, WITHDRAWN, TRANSFERRED_OUT, DECISION_PENDING }

    /** An advice request and, once given, the advice. */
    public record Advice(String adviceRequestId, Agency agency, LocalDate requestedOn, LocalDate dueOn,
                         LocalDate submittedOn, Instant requestedAt, Instant submittedAt) {
    }

    /** A permitted exception as recorded. */
    public record RecordedException(Deadline deadline, String reason, String adviceRequestId, LocalDate from,
                                    LocalDate to, String note, Instant recordedAt, String recordedBy) {
    }

    /** A statutory notice recorded as sent: {@code step} is the step's place among {@link #milestones()}, from 1. */
    public record SentLetter(int step, Notice notice, LocalDate sentOn, LetterChannel channel, LocalDate servedOn,
                             String pdfSha256, Instant recordedAt, String recordedBy) {
    }

    /** A panel's advice on this assessment; the statutory decision stays the case officer's milestone. */
    public record PanelAdvice(String panelId, LocalDate heldOn, PanelDecision decision, String rationale,
                              Instant recordedAt, String recordedBy) {
    }

    /**
     * A tribunal order (or an agreement, or a concession) that overturned the decision ending the
     * case: the case goes on under the order's deadlines from {@code from}.
     */
    public record Reopening(String disputeId, TribunalOrder order, Milestone overturned, LocalDate overturnedOn,
                            LocalDate from, List<StepDue> deadlines, Instant recordedAt) {
    }

    /**
     * Someone in the family invited to see the case (ADR 43), known by the keyed hash of their address.
     *
     * @param takeUpBy    the last day they could first sign in with it
     * @param acceptedAt  when they first signed in with it; null until then
     * @param withdrawnAt when the officer withdrew it; null while it stands
     * @param contact     the address, sealed under the child's key: opened only for those who work the case
     */
    public record FamilyInvitation(String invitationId, Relationship relationship, String contactDigest, LocalDate invitedOn,
                                   LocalDate takeUpBy, Instant invitedAt, String invitedBy, Instant acceptedAt,
                                   Instant withdrawnAt, SealedPersonalData contact) {

        /** Whether it lets its holder in on {@code today}: taken up, or still in time to be, and not withdrawn. */
        public boolean admitsOn(LocalDate today) {
            return withdrawnAt == null && (acceptedAt != null || !today.isAfter(takeUpBy));
        }

        FamilyInvitation accepted(Instant at) {
            return new FamilyInvitation(invitationId, relationship, contactDigest, invitedOn, takeUpBy, invitedAt, invitedBy, at,
                    withdrawnAt, contact);
        }

        FamilyInvitation withdrawn(Instant at) {
            return new FamilyInvitation(invitationId, relationship, contactDigest, invitedOn, takeUpBy, invitedAt, invitedBy,
                    acceptedAt, at, contact);
        }

        FamilyInvitation knownAt(Instant instant) {
            return new FamilyInvitation(invitationId, relationship, contactDigest, invitedOn, takeUpBy, invitedAt, invitedBy,
                    acceptedAt == null || acceptedAt.isAfter(instant) ? null : acceptedAt,
                    withdrawnAt == null || withdrawnAt.isAfter(instant) ? null : withdrawnAt, contact);
        }
    }

    /**
     * Views and advice a family member gave (reg 6(1)(a); ADR 45).
     *
     * @param advice what they wrote and their file's name, sealed under the child's key: opened only for those who work the case
     * @param file   the file's kind, or null with none
     */
    public record FamilyAdvice(String adviceId, Relationship relationship, LocalDate givenOn, SealedPersonalData advice,
                               AdviceFileType file, long fileBytes, String fileSha256, Instant recordedAt, String recordedBy) {
    }

    /** Some of the child's details for the returns, sealed, and when they were recorded. */
    public record ProfileRecording(SealedPersonalData sealed, Instant recordedAt) {
    }

    private String assessmentId;
    private String reference;
    /** The child's name and date of birth as sealed in the first event: opened only through the vault (ADR 21). */
    private SealedPersonalData child;
    private Instant personalDataErasedAt;
    private long lastSequence = -1;
    private LocalDate requestReceivedOn;
    private RequestSource requestSource;
    private StatutoryDueDates due;
    private Instant openedAt;
    private String openedBy;
    private final List<Step> milestones = new ArrayList<>();
    private final List<Advice> advice = new ArrayList<>();
    private final List<RecordedException> exceptions = new ArrayList<>();
    private final List<PanelAdvice> panelDecisions = new ArrayList<>();
    private final List<Reopening> reopenings = new ArrayList<>();
    private final List<SentLetter> lettersSent = new ArrayList<>();
    /** The child's details for the returns, each recording sealed with the child's key, in order. */
    private final List<ProfileRecording> profiles = new ArrayList<>();
    private final List<FamilyInvitation> familyInvitations = new ArrayList<>();
    private final List<FamilyAdvice> familyAdvice = new ArrayList<>();
    private Boolean inYouthAccommodation;
    /** Whose caseload the case is in; null for one brought in from a return and not yet given to anyone. */
    private Holder holder;

    /**
     * Folds one event in. Returns false, changing nothing, for an event already folded in (a
     * redelivery), so projections built on this are idempotent.
     */
    public boolean apply(AssessmentEvent event, Recording recording) {
        if (recording.sequence() <= lastSequence) {
            return false;
        }
        lastSequence = recording.sequence();
        if (event instanceof AssessmentOpened opened) {
            assessmentId = opened.assessmentId();
            requestReceivedOn = opened.requestReceivedOn();
            requestSource = opened.requestSource();
            child = opened.child();
            due = opened.due();
            inYouthAccommodation = opened.inYouthAccommodation();
            openedAt = recording.recordedAt();
            openedBy = recording.recordedBy();
        } else if (event instanceof ChildProfileRecorded recorded) {
            profiles.add(new ProfileRecording(recorded.profile(), recording.recordedAt()));
        } else if (event instanceof CaseReferenceAssigned assigned) {
            reference = assigned.reference();
        } else if (event instanceof CaseAssigned assigned) {
            holder = assigned.holder();
        } else if (event instanceof PersonalDataErased) {
            personalDataErasedAt = recording.recordedAt();
        } else if (event instanceof MilestoneRecorded step) {
            milestones.add(new Step(step.milestone(), step.occurredOn(), recording.recordedAt(), recording.recordedBy(),
                    step.note(), step.requests()));
        } else if (event instanceof LetterSent sent) {
            lettersSent.add(new SentLetter(sent.step(), sent.notice(), sent.sentOn(), sent.channel(), sent.servedOn(),
                    sent.pdfSha256(), recording.recordedAt(), recording.recordedBy()));
        } else if (event instanceof AdviceRequested requested) {
            advice.add(new Advice(requested.adviceRequestId(), requested.agency(), requested.requestedOn(),
                    requested.dueOn(), null, recording.recordedAt(), null));
        } else if (event instanceof AdviceSubmitted submitted) {
            advice.replaceAll(a -> a.adviceRequestId().equals(submitted.adviceRequestId())
                    ? new Advice(a.adviceRequestId(), a.agency(), a.requestedOn(), a.dueOn(), submitted.submittedOn(),
                    a.requestedAt(), recording.recordedAt())
                    : a);
        } else if (event instanceof AssessmentReopened reopened) {
            reopenings.add(new Reopening(reopened.disputeId(), reopened.order(), reopened.overturned(),
                    reopened.overturnedOn(), reopened.from(), reopened.deadlines(), recording.recordedAt()));
        } else if (event instanceof FamilyMemberInvited invited) {
            familyInvitations.add(new FamilyInvitation(invited.invitationId(), invited.relationship(), invited.contactDigest(),
                    invited.invitedOn(), invited.acceptBy(), recording.recordedAt(), recording.recordedBy(), null, null,
                    invited.contact()));
        } else if (event instanceof FamilyAdviceGiven given) {
            familyAdvice.add(new FamilyAdvice(given.adviceId(), given.relationship(), given.givenOn(), given.advice(), given.file(),
                    given.fileBytes(), given.fileSha256(), recording.recordedAt(), recording.recordedBy()));
        } else if (event instanceof FamilyInvitationAccepted accepted) {
            familyInvitations.replaceAll(invitation -> invitation.invitationId().equals(accepted.invitationId())
                    ? invitation.accepted(recording.recordedAt()) : invitation);
        } else if (event instanceof FamilyInvitationWithdrawn withdrawn) {
            familyInvitations.replaceAll(invitation -> invitation.invitationId().equals(withdrawn.invitationId())
                    ? invitation.withdrawn(recording.recordedAt()) : invitation);
        } else if (event instanceof ExceptionRecorded exception) {
            exceptions.add(new RecordedException(exception.deadline(), exception.reason().name(),
                    exception.adviceRequestId(), exception.from(), exception.to(), exception.note(),
                    recording.recordedAt(), recording.recordedBy()));
        }
        return true;
    }

    /** Notes a panel's decision, replacing any earlier copy from the same sitting. Always a change. */
    public boolean notePanelDecision(PanelAdvice advice) {
        panelDecisions.removeIf(existing -> existing.panelId().equals(advice.panelId()));
        panelDecisions.add(advice);
        panelDecisions.sort(Comparator.comparing(PanelAdvice::heldOn));
        return true;
    }

    /**
     * The record as it was known at an instant: only what had been recorded by then. An advice
     * submission recorded later is unknown, so the advice is outstanding.
     */
    public AssessmentTimeline knownAt(Instant instant) {
        AssessmentTimeline known = new AssessmentTimeline();
        if (openedAt == null || openedAt.isAfter(instant)) {
            return known;
        }
        known.assessmentId = assessmentId;
        known.reference = reference;
        known.child = child;
        known.personalDataErasedAt = personalDataErasedAt == null || personalDataErasedAt.isAfter(instant)
                ? null : personalDataErasedAt;
        known.lastSequence = lastSequence;
        known.requestReceivedOn = requestReceivedOn;
        known.requestSource = requestSource;
        known.due = due;
        known.openedAt = openedAt;
        known.openedBy = openedBy;
        milestones.stream().filter(step -> !step.recordedAt().isAfter(instant)).forEach(known.milestones::add);
        advice.stream().filter(a -> !a.requestedAt().isAfter(instant))
                .map(a -> a.submittedAt() != null && a.submittedAt().isAfter(instant)
                        ? new Advice(a.adviceRequestId(), a.agency(), a.requestedOn(), a.dueOn(), null, a.requestedAt(), null)
                        : a)
                .forEach(known.advice::add);
        exceptions.stream().filter(e -> !e.recordedAt().isAfter(instant)).forEach(known.exceptions::add);
        panelDecisions.stream().filter(p -> !p.recordedAt().isAfter(instant)).forEach(known.panelDecisions::add);
        reopenings.stream().filter(r -> !r.recordedAt().isAfter(instant)).forEach(known.reopenings::add);
        lettersSent.stream().filter(l -> !l.recordedAt().isAfter(instant)).forEach(known.lettersSent::add);
        profiles.stream().filter(p -> !p.recordedAt().isAfter(instant)).forEach(known.profiles::add);
        familyInvitations.stream().filter(i -> !i.invitedAt().isAfter(instant)).map(i -> i.knownAt(instant))
                .forEach(known.familyInvitations::add);
        familyAdvice.stream().filter(a -> !a.recordedAt().isAfter(instant)).forEach(known.familyAdvice::add);
        known.inYouthAccommodation = inYouthAccommodation;
        return known;
    }

    public String assessmentId() {
        return assessmentId;
    }

    /** The case's reference ({@code EHC-2024-00123}), or null for a case logged before references were given. */
    public String reference() {
        return reference;
    }

    public Holder holder() {
        return holder;
    }

    /** The child's details, sealed; null for a case the read side has not seen opened. */
    public SealedPersonalData child() {
        return child;
    }

    /** The child's details for the returns as recorded on the case, sealed, in order. */
    public List<SealedPersonalData> profiles() {
        return profiles.stream().map(ProfileRecording::sealed).toList();
    }

    /** The request was made while the child was in relevant youth accommodation; null when it was not said. */
    public Boolean inYouthAccommodation() {
        return inYouthAccommodation;
    }

    /** When the child's personal data was erased, if it was. */
    public Optional<Instant> personalDataErasedAt() {
        return Optional.ofNullable(personalDataErasedAt);
    }

    /** The sequence number of the case's last event folded in; -1 before any. */
    public long lastSequence() {
        return lastSequence;
    }

    public boolean isOpened() {
        return assessmentId != null;
    }

    /** Whether the case is still under way: requested, with neither a final plan nor an end without one. */
    public boolean isOpen() {
        return isOpened() && finalPlanIssuedOn().isEmpty() && endedWithoutPlanOn().isEmpty();
    }

    public LocalDate requestReceivedOn() {
        return requestReceivedOn;
    }

    public RequestSource requestSource() {
        return requestSource;
    }

    public StatutoryDueDates due() {
        return due;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public List<Step> milestones() {
        return List.copyOf(milestones);
    }

    public List<Advice> advice() {
        return List.copyOf(advice);
    }

    /** The statutory notices recorded as sent, in the order recorded. */
    /** The family's views and advice, in the order given. */
    public List<FamilyAdvice> familyAdvice() {
        return familyAdvice;
    }

    /** Everyone in the family invited to the case, withdrawn invitations too, in the order invited. */
    public List<FamilyInvitation> familyInvitations() {
        return familyInvitations;
    }

    public List<SentLetter> lettersSent() {
        return lettersSent;
    }

    /**
     * The day the step in that place (from 1) was served on the family: its letter's (ADR 41), or
     * with none recorded the step's own day.
     */
    public LocalDate servedOn(int step) {
        return letterSent(step).map(sent -> StatutoryCalendar.servedOn(sent.sentOn(), sent.channel(), sent.servedOn()))
                .orElse(milestones.get(step - 1).occurredOn());
    }

    /**
     * The last of the family's 15 days on the latest draft (reg 13(1)), beginning with the day it was
     * served (ADR 41), while they have not answered it and no final plan is issued.
     */
    public Optional<LocalDate> draftAnswerDue() {
        if (finalPlanIssuedOn().isPresent()) {
            return Optional.empty();
        }
        for (int place = milestones.size(); place >= 1; place--) {
            Milestone step = milestones.get(place - 1).milestone();
            if (step == Milestone.DRAFT_RESPONSE_RECEIVED) {
                return Optional.empty();
            }
            if (step == Milestone.DRAFT_PLAN_ISSUED) {
                return Optional.of(StatutoryCalendar.earliestFinalPlan(servedOn(place)).minusDays(1));
            }
        }
        return Optional.empty();
    }

    /** The letter of the step in that place among the steps (from 1), if recorded as sent. */
    public Optional<SentLetter> letterSent(int step) {
        return lettersSent.stream().filter(sent -> sent.step() == step).findFirst();
    }

    public List<RecordedException> exceptions() {
        return List.copyOf(exceptions);
    }

    public List<PanelAdvice> panelDecisions() {
        return List.copyOf(panelDecisions);
    }

    public List<Reopening> reopenings() {
        return List.copyOf(reopenings);
    }

    /** The order the case now goes on under, if one reopened it. */
    public Optional<Reopening> reopening() {
        return reopenings.isEmpty() ? Optional.empty() : Optional.of(reopenings.get(reopenings.size() - 1));
    }

    /**
     * What the latest order owes, each step with its last day and the step of the case that met
     * it (recorded on or after the order's day), in the order due; empty for a case never reopened.
     */
    public List<OrderedStep> underOrder() {
        return reopening().map(order -> order.deadlines().stream().map(due -> {
            Milestone meets = switch (due.step()) {
                case NOTICE_TO_ASSESS -> Milestone.DECISION_TO_ASSESS;
                case DRAFT_PLAN_ISSUED -> Milestone.DRAFT_PLAN_ISSUED;
                case FINAL_PLAN_ISSUED -> Milestone.FINAL_PLAN_ISSUED;
                case DECISION_NOT_TO_ISSUE -> Milestone.DECISION_NOT_TO_ISSUE;
                case AMENDED_PLAN_ISSUED, ACTED_ON -> null;
            };
            LocalDate metOn = milestones.stream().filter(step -> step.milestone() == meets
                    && !step.occurredOn().isBefore(order.from())).map(Step::occurredOn).findFirst().orElse(null);
            return new OrderedStep(due.step(), due.dueBy(), metOn, metOn == null ? null : StatutoryCalendar.inTime(metOn, due.dueBy()));
        }).toList()).orElse(List.of());
    }

    /** A step a tribunal order owes, its last day, and when the case met it. */
    public record OrderedStep(ComplianceStep step, LocalDate dueBy, LocalDate metOn, Boolean metInTime) {
    }

    /** Whether a tribunal order overturned this step: the record keeps it, but the case no longer stands on it. */
    public boolean overturned(Step step) {
        return reopenings.stream().anyMatch(r -> r.overturned() == step.milestone() && r.overturnedOn().equals(step.occurredOn()));
    }

    /** The day of a step that still stands (not overturned), if recorded. */
    public Optional<LocalDate> standing(Milestone milestone) {
        return milestones.stream().filter(step -> step.milestone() == milestone && !overturned(step)).map(Step::occurredOn)
                .findFirst();
    }

    /** The appealable decisions recorded on the case, as their letters went out, in the order recorded. */
    public List<DecisionLetter> decisionLetters() {
        return milestones.stream().flatMap(step -> DecisionLetter.of(step.milestone(), step.occurredOn()).stream()).toList();
    }

    /** The day each appealable decision's letter was recorded as sent, by the decision on its own day (ADR 39). */
    public Map<DecisionLetter, LocalDate> lettersSentOn() {
        Map<DecisionLetter, LocalDate> sentOn = new HashMap<>();
        for (SentLetter sent : lettersSent) {
            if (sent.step() >= 1 && sent.step() <= milestones.size()) {
                Step step = milestones.get(sent.step() - 1);
                DecisionLetter.of(step.milestone(), step.occurredOn()).ifPresent(letter -> sentOn.put(letter, sent.sentOn()));
            }
        }
        return sentOn;
    }

    public Optional<LocalDate> on(Milestone milestone) {
        return milestones.stream().filter(step -> step.milestone() == milestone).map(Step::occurredOn).findFirst();
    }

    /** The decision whether to assess, either way, if made. */
    public Optional<Step> decision() {
        return milestones.stream().filter(step -> step.milestone().isDecisionWhetherToAssess()).findFirst();
    }

    public Optional<LocalDate> finalPlanIssuedOn() {
        return on(Milestone.FINAL_PLAN_ISSUED);
    }

    /** Withdrawn or transferred out: the request ended without the local authority deciding it. */
    public Optional<Step> endedWithoutDecision() {
        return milestones.stream().filter(step -> step.milestone().endsTheRequest()).findFirst();
    }

    /** The request's first outcome: the decision whether to assess, a withdrawal or a move away, if any yet. */
    public RequestOutcome requestOutcome() {
        return milestones.stream().filter(step -> step.milestone().isDecisionWhetherToAssess() || step.milestone().endsTheRequest())
                .findFirst().map(step -> switch (step.milestone()) {
                    case DECISION_TO_ASSESS -> RequestOutcome.AGREED_TO_ASSESS;
                    case DECISION_NOT_TO_ASSESS -> RequestOutcome.REFUSED_TO_ASSESS;
                    case REQUEST_WITHDRAWN -> RequestOutcome.WITHDRAWN;
                    case TRANSFERRED_OUT -> RequestOutcome.TRANSFERRED_OUT;
                    default -> throw new IllegalStateException(step.milestone() + " is not an outcome of a request");
                }).orElse(RequestOutcome.DECISION_PENDING);
    }

    /**
     * The day the case ended without a plan (not assessed, not issued, withdrawn, moved away), if
     * it did; a decision a tribunal order overturned no longer ends it.
     */
    public Optional<LocalDate> endedWithoutPlanOn() {
        return milestones.stream().filter(step -> step.milestone().closesTheAssessment()
                && step.milestone() != Milestone.FINAL_PLAN_ISSUED && !overturned(step)).map(Step::occurredOn).findFirst();
    }

    /**
     * The recorded exceptions that excuse a step's time limit (reg 5(4), 10(4), 13(3)): recorded
     * against the deadline the step falls under and valid for the day the step was due
     * ({@link PermittedExceptions}); none for a step with no limit of its own.
     */
    public List<RecordedException> excusing(Milestone step) {
        Deadline deadline = step.excusedUnder();
        if (deadline == null) {
            return List.of();
        }
        LocalDate dueDay = due.of(step);
        return exceptions.stream().filter(e -> e.deadline() == deadline && valid(e, dueDay)).toList();
    }

    /** Whether a recorded exception excuses that advice request's 6 weeks (reg 8(2)). */
    public boolean adviceExcused(String adviceRequestId) {
        return advice.stream().filter(a -> a.adviceRequestId().equals(adviceRequestId)).findFirst()
                .map(request -> exceptions.stream().anyMatch(e -> e.deadline() == Deadline.ADVICE
                        && adviceRequestId.equals(e.adviceRequestId()) && valid(e, request.dueOn())))
                .orElse(false);
    }

    /**
     * SEN2's "20-week time limit exceptions apply": a permitted exception arose in any phase of
     * the case (the decision, any advice, the final plan), each judged against its own deadline.
     */
    public boolean exceptionsApply() {
        return exceptions.stream().anyMatch(e -> e.deadline() == Deadline.ADVICE
                ? adviceExcused(e.adviceRequestId()) : valid(e, due.of(e.deadline())));
    }

    private static boolean valid(RecordedException exception, LocalDate dueDay) {
        return PermittedExceptions.excuses(StatutoryException.valueOf(exception.reason()), exception.deadline(), dueDay,
                exception.from(), exception.to());
    }

    /**
     * A plan issued before advice from each of education, health, psychology and social care
     * (reg 6(1)) had arrived, whether it was asked for late or never. Issuing early flatters the
     * 20-week figure; the read models show it rather than hide it.
     */
    public boolean issuedWithAdviceMissing() {
        return finalPlanIssuedOn().map(issued -> Arrays.stream(Agency.values()).filter(Agency::requiredInEveryAssessment)
                        .anyMatch(agency -> advice.stream().noneMatch(a -> a.agency() == agency && a.submittedOn() != null
                                && !a.submittedOn().isAfter(issued))))
                .orElse(false);
    }
}
