package uk.ehcworkflow.command.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.ehcworkflow.command.axon.AxonConfiguration;
import uk.ehcworkflow.command.caseload.Caseload;
import uk.ehcworkflow.command.child.ChildProfiles;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.ExceptionRules;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.SentLetters;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.command.family.AcceptFamilyInvitation;
import uk.ehcworkflow.command.family.AnswerDraft;
import uk.ehcworkflow.events.assessment.FamilyToldOfPassedDate;
import uk.ehcworkflow.command.family.TellFamilyOfPassedDates;
import uk.ehcworkflow.events.assessment.Relationship;
import uk.ehcworkflow.events.assessment.FamilyAdviceGiven;
import uk.ehcworkflow.events.assessment.AdviceFileType;
import uk.ehcworkflow.command.family.FamilyAdviceRules;
import uk.ehcworkflow.command.family.FamilyAdviceFiles;
import uk.ehcworkflow.command.family.FamilyAdvice;
import uk.ehcworkflow.command.family.GiveFamilyAdvice;
import uk.ehcworkflow.command.family.FamilyContact;
import uk.ehcworkflow.command.family.FamilyContacts;
import uk.ehcworkflow.command.family.FamilyInvitations;
import uk.ehcworkflow.command.family.FamilyMail;
import uk.ehcworkflow.command.family.InviteFamilyMember;
import uk.ehcworkflow.command.family.WithdrawFamilyInvitation;
import uk.ehcworkflow.command.plan.Placements;
import uk.ehcworkflow.command.plan.Plan;
import uk.ehcworkflow.command.privacy.Erasures;
import uk.ehcworkflow.command.privacy.PersonalDataVault;
import uk.ehcworkflow.events.assessment.AdviceRequested;
import uk.ehcworkflow.events.assessment.AdviceSubmitted;
import uk.ehcworkflow.events.assessment.AssessmentOpened;
import uk.ehcworkflow.events.assessment.AssessmentReopened;
import uk.ehcworkflow.events.assessment.CaseAssigned;
import uk.ehcworkflow.events.assessment.CaseReferenceAssigned;
import uk.ehcworkflow.events.assessment.ChildProfileRecorded;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.ExceptionRecorded;
import uk.ehcworkflow.events.assessment.FamilyInvitationAccepted;
import uk.ehcworkflow.events.assessment.FamilyInvitationWithdrawn;
import uk.ehcworkflow.events.assessment.FamilyMemberInvited;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.LetterSent;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.assessment.PersonalDataErased;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.platform.security.Role;

/**
 * One EHC needs assessment of one child or young person, from the request received to a final
 * plan or a decision not to assess or not to issue. It owns the statutory clock and refuses
 * steps out of their lawful order. Its final plan begins the {@link Plan}.
 */
@Aggregate(cache = AxonConfiguration.AGGREGATE_CACHE)
public class Assessment {

    static final String CLOSURE_OUTSIDE_ADVICE_WINDOW = "closure-outside-advice-window";
    static final String RECORDED_ON_THE_PLAN = "recorded-on-the-plan";
    static final String REASONS_REQUIRED = "reasons-required";

    @AggregateIdentifier
    private String assessmentId;
    private LocalDate requestReceivedOn;
    private SealedPersonalData child;
    private StatutoryDueDates due;
    /** The steps that stand: a decision a tribunal order overturned is moved to {@link #overturned}. */
    private final List<MilestoneRecorded> steps = new ArrayList<>();
    private final List<MilestoneRecorded> overturned = new ArrayList<>();
    private final List<AssessmentReopened> reopenings = new ArrayList<>();
    /** Every step in the order recorded, standing or overturned: a letter names its step by its place here. */
    private final List<MilestoneRecorded> recorded = new ArrayList<>();
    /** The day each step's letter was recorded as sent, by the step's place. */
    private final Map<Integer, LocalDate> lettersSent = new HashMap<>();
    /** The day each step's letter was served on the family, by the step's place. */
    private final Map<Integer, LocalDate> lettersServed = new HashMap<>();
    private final Map<String, AdviceRequest> adviceRequests = new HashMap<>();
    private boolean personalDataErased;
    private Holder holder;
    private final FamilyInvitations family = new FamilyInvitations();
    /** The passed dates the family was told of, so that each is told once. */
    private final Set<PassedDates.Passed> toldOfPassing = new HashSet<>();

    protected Assessment() {
        // for Axon to rebuild it from its events
    }

    /**
     * A request brought in from a return: opened, then its decision to assess and the child's details
     * recorded by the handlers that record them by hand; one unit of work stores all of it or none.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(ImportAssessment command, Clock clock, CaseReferences references, PersonalDataVault vault) throws Exception {
        // a handler on a case already made, not a constructor: each event is applied as it is recorded,
        // so the decision to assess sees the opened case
        // nobody's caseload yet: the administrator who imports a return holds none of it
        open(command.opening(), clock, references, vault, null);
        String id = command.opening().assessmentId();
        if (command.decidedToAssessOn() != null) {
            handle(new RecordMilestone(id, Milestone.DECISION_TO_ASSESS, command.decidedToAssessOn(), null), clock);
        }
        if (command.profile() != null) {
            handle(new RecordChildProfile(id, command.profile()), vault);
        }
    }

    /** The child's key is stored in the command's own transaction: a refused request leaves none behind. */
    @CommandHandler
    public Assessment(OpenAssessment command, Clock clock, CaseReferences references, PersonalDataVault vault,
                      Caseload caseload, @MetaDataValue(ActorMetadata.USER) String user) {
        open(command, clock, references, vault, user == null ? null : caseload.loggedBy(user));
    }

    private void open(OpenAssessment command, Clock clock, CaseReferences references, PersonalDataVault vault,
                      Holder loggedBy) {
        Dates.notInFuture("requestReceivedOn", command.requestReceivedOn(), clock);
        apply(new AssessmentOpened(command.assessmentId(), command.requestReceivedOn(), command.requestSource(),
                vault.seal(command.assessmentId(), command.child()), StatutoryCalendar.dueDates(command.requestReceivedOn()),
                command.inYouthAccommodation()));
        apply(new CaseReferenceAssigned(command.assessmentId(),
                references.claimNext(command.requestReceivedOn(), command.assessmentId())));
        if (loggedBy != null) {
            apply(new CaseAssigned(command.assessmentId(), loggedBy));
        }
    }

    @EventSourcingHandler
    void on(AssessmentOpened event) {
        assessmentId = event.assessmentId();
        requestReceivedOn = event.requestReceivedOn();
        child = event.child();
        due = event.due();
    }

    /** What a case officer could record today: the steps the order rules accept, and whether the case is still open. */
    NextSteps nextSteps(LocalDate today) {
        boolean open = steps.stream().noneMatch(step -> step.milestone().closesTheAssessment());
        return new NextSteps(open, StepOrder.allowedOn(today, steps, this::servedOn).stream()
                .filter(step -> UnderOrder.allows(step, today, reopenings)).toList());
    }

    record NextSteps(boolean open, List<Milestone> milestones) {
    }

    @CommandHandler
    void handle(RecordMilestone command, Clock clock) throws Exception {
        BusinessDates.withinAssessment("occurredOn", command.occurredOn(), requestReceivedOn, clock);
        StepOrder.check(command.milestone(), command.occurredOn(), command.requests(), steps, this::servedOn);
        UnderOrder.check(command.milestone(), command.occurredOn(), reopenings);
        if (Notice.after(command.milestone()).filter(Notice::statesReasons).isPresent()
                && (command.note() == null || command.note().isBlank())) {
            throw new InvalidField("note", REASONS_REQUIRED, "A decision not to assess must give its reasons (CFA s36(5)(a)): "
                    + "write them in the note; the letter to the family gives them.");
        }
        if (command.placement() != null && command.milestone() != Milestone.FINAL_PLAN_ISSUED) {
            throw new InvalidField("placement", "placement-only-on-final-plan", "Only the final plan names where the child is placed.");
        }
        Placement placement = command.placement() == null ? null : Placements.checked(command.placement(), clock);
        apply(new MilestoneRecorded(assessmentId, command.milestone(), command.occurredOn(), command.note(),
                command.requests()));
        if (command.milestone() == Milestone.FINAL_PLAN_ISSUED) {
            createNew(Plan.class, () -> new Plan(assessmentId, child, command.occurredOn(), command.placementId(), placement,
                    holder));
        }
    }

    @EventSourcingHandler
    void on(MilestoneRecorded event) {
        steps.add(event);
        recorded.add(event);
    }

    /**
     * The notice a step owed went to the family, once: on or after the step's day and not in the
     * future, reaching them (when that is known) on or after it went (ADR 39). Family members invited
     * onto the case are emailed that there is a letter to read.
     */
    @CommandHandler
    void handle(RecordLetterSent command, Clock clock, FamilyMail mail) {
        MilestoneRecorded step = command.step() >= 1 && command.step() <= recorded.size()
                ? recorded.get(command.step() - 1) : null;
        Notice notice = step == null ? null : Notice.after(step.milestone()).orElse(null);
        if (notice == null) {
            throw new UnknownReference("no-such-letter", "Case " + assessmentId + " owes no letter for a step numbered "
                    + command.step() + ".");
        }
        if (lettersSent.containsKey(command.step())) {
            throw new RuleBroken("letter-already-sent", "This letter is already recorded as sent; the family's time limits "
                    + "run from that day.");
        }
        SentLetters.check(command.sentOn(), step.occurredOn(), command.servedOn(), command.pdfSha256(), clock);
        apply(new LetterSent(assessmentId, command.step(), notice, step.occurredOn(), command.sentOn(), command.channel(),
                command.servedOn(), command.pdfSha256()));
        tellFamilyOfLetter(LocalDate.now(clock), mail);
    }

    /**
     * Each family member who can see the case is told there is a letter to read (ADR 43), in the
     * transaction of the command that recorded it: the case's own, or its plan's (ADR 44).
     */
    public void tellFamilyOfLetter(LocalDate today, FamilyMail mail) {
        family.toTell(today).forEach((invitationId, contact) ->
                mail.queue(FamilyMail.Kind.LETTER_SENT, assessmentId, invitationId, contact));
    }

    @EventSourcingHandler
    void on(LetterSent event) {
        lettersSent.put(event.step(), event.sentOn());
        lettersServed.put(event.step(), StatutoryCalendar.servedOn(event.sentOn(), event.channel(), event.servedOn()));
    }

    /** The day a step's letter was served on the family (ADR 41), or the step's own day with no letter recorded. */
    private LocalDate servedOn(MilestoneRecorded step) {
        for (int place = recorded.size(); place >= 1; place--) {
            if (recorded.get(place - 1) == step) {
                return lettersServed.getOrDefault(place, step.occurredOn());
            }
        }
        return step.occurredOn();
    }

    /**
     * Whether a dispute may name this decision with this letter date: the day its letter was
     * recorded as sent, which the family's clocks run from, or, with none recorded, the decision's
     * own day (ADR 39). Standing or since overturned, as {@link #recorded} finds them.
     */
    public boolean disputable(DecisionLetter letter) {
        for (int place = 1; place <= recorded.size(); place++) {
            MilestoneRecorded step = recorded.get(place - 1);
            LocalDate runsFrom = lettersSent.getOrDefault(place, step.occurredOn());
            if (DecisionLetter.of(step.milestone(), runsFrom).filter(letter::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The day the standing draft plan was issued, if one was: a peer review of the draft looks at it. */
    public Optional<LocalDate> draftIssuedOn() {
        return steps.stream().filter(step -> step.milestone() == Milestone.DRAFT_PLAN_ISSUED).map(MilestoneRecorded::occurredOn)
                .reduce((first, later) -> later);
    }

    /** Whether this decision's letter is on record, standing or since overturned: a dispute needs it there. */
    public boolean recorded(DecisionLetter letter) {
        return Stream.concat(steps.stream(), overturned.stream())
                .anyMatch(step -> DecisionLetter.of(step).filter(letter::equals).isPresent());
    }

    /**
     * A tribunal order (or an agreement, or a concession) overturned the decision that ended this
     * assessment: it continues from {@code from} under the order's deadlines. Called inside the
     * dispute's command, so the outcome and the reopening are stored together or not at all.
     */
    public void reopen(String disputeId, TribunalOrder order, LocalDate from, LocalDate today, FamilyMail mail) {
        Milestone decision = UnderOrder.overturnedBy(order);
        MilestoneRecorded ended = steps.stream().filter(step -> step.milestone() == decision).findFirst()
                .orElseThrow(() -> UnderOrder.nothingToReopen(order, decision));
        apply(new AssessmentReopened(assessmentId, disputeId, order, decision, ended.occurredOn(), from,
                order.deadlines(from)));
        // the order's dates replace the family's: those who can see the case are told their dates changed (ADR 46)
        family.toTell(today).forEach((invitationId, contact) -> mail.queue(FamilyMail.Kind.DATES_CHANGED, assessmentId,
                invitationId, contact));
    }

    @EventSourcingHandler
    void on(AssessmentReopened event) {
        steps.stream().filter(step -> step.milestone() == event.overturned()).findFirst().ifPresent(step -> {
            steps.remove(step);
            overturned.add(step);
        });
        reopenings.add(event);
    }

    @CommandHandler
    void handle(RequestAdvice command, Clock clock) {
        StepOrder.requireOpen(steps);
        BusinessDates.withinAssessment("requestedOn", command.requestedOn(), requestReceivedOn, clock);
        apply(new AdviceRequested(assessmentId, command.adviceRequestId(), command.agency(), command.requestedOn(),
                StatutoryCalendar.adviceDue(command.requestedOn())));
    }

    @EventSourcingHandler
    void on(AdviceRequested event) {
        adviceRequests.put(event.adviceRequestId(), new AdviceRequest(event.agency(), event.requestedOn(), event.dueOn(), null));
    }

    @CommandHandler
    void handle(SubmitAdvice command, Clock clock,
                @MetaDataValue(ActorMetadata.ROLE) String role,
                @MetaDataValue(ActorMetadata.AGENCY) String actorAgency) {
        AdviceRequest request = AdviceRules.known(adviceRequests, command.adviceRequestId());
        AdviceRules.checkSubmission(request, command, Role.valueOf(role), actorAgency, clock);
        apply(new AdviceSubmitted(assessmentId, command.adviceRequestId(), request.agency(), command.submittedOn(),
                command.summary()));
    }

    @EventSourcingHandler
    void on(AdviceSubmitted event) {
        adviceRequests.computeIfPresent(event.adviceRequestId(), (id, request) -> request.submittedOn(event.submittedOn()));
    }

    @CommandHandler
    void handle(ExcuseDeadline command, Clock clock) {
        if (!command.deadline().ofAnAssessment()) {
            throw new InvalidField("deadline", "not-an-assessment-deadline", command.deadline() + " is not an assessment's deadline: it is "
                    + command.deadline().limit() + ".");
        }
        ExceptionRules.checkShape(command);
        LocalDate deadlineDay = command.deadline() == Deadline.ADVICE
                ? AdviceRules.known(adviceRequests, command.adviceRequestId()).dueOn()
                : due.of(command.deadline());
        ExceptionRules.checkExcuses(command, command.deadline(), deadlineDay, clock);
        if (command.reason().needsSettingAdviceAskedInTheClosure() && adviceRequests.values().stream()
                .noneMatch(request -> request.agency() == Agency.EDUCATION
                        && StatutoryCalendar.askedInClosure(request.requestedOn(), command.from(), command.to()))) {
            throw new RuleBroken(CLOSURE_OUTSIDE_ADVICE_WINDOW, "A closure excuses " + command.deadline().limit()
                    + " only when the setting's (EDUCATION) advice was asked for from 1 week before it closed ("
                    + command.from() + ") to 1 week before it reopened: no such request is recorded.");
        }
        apply(new ExceptionRecorded(assessmentId, command.deadline(), command.reason(), command.adviceRequestId(),
                command.from(), command.to(), command.note()));
    }

    /** Recorded on the case until its final plan: from then on the child's details are the plan's. */
    @CommandHandler
    void handle(RecordChildProfile command, PersonalDataVault vault) {
        ChildProfile profile = ChildProfiles.checked(command.profile());
        if (personalDataErased) {
            throw new RuleBroken(ChildProfiles.PERSONAL_DATA_ERASED, "This case's child's personal data was erased.");
        }
        if (steps.stream().anyMatch(step -> step.milestone() == Milestone.FINAL_PLAN_ISSUED)) {
            throw new RuleBroken(RECORDED_ON_THE_PLAN, "The case's final plan was issued: record the child's details on "
                    + "the plan (PUT /api/plans/" + assessmentId + "/child).");
        }
        apply(new ChildProfileRecorded(assessmentId, ChildProfiles.sealed(vault, assessmentId, profile)));
    }

    /**
     * Destroys the child's key, in the command's transaction, then records the erasure: the sealed
     * name and date of birth in the first event can never be opened again, by a rebuild or anyone.
     */
    @CommandHandler
    void handle(ErasePersonalData command, PersonalDataVault vault, @MetaDataValue(ActorMetadata.ROLE) String role) {
        Erasures.requireAdministrator(role);
        Erasures.requireNotYetErased(personalDataErased);
        vault.erase(assessmentId);
        apply(new PersonalDataErased(assessmentId, command.reason()));
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        personalDataErased = true;
    }

    /**
     * The family member's address is sealed under the child's key, and their invitation's email queued,
     * in the command's own transaction (ADR 43): stored with the event, or neither is.
     */
    @CommandHandler
    void handle(InviteFamilyMember command, Clock clock, PersonalDataVault vault, FamilyContacts contacts, FamilyMail mail) {
        String email = FamilyContacts.checked(command.email());
        if (command.relationship() == null) {
            throw new InvalidField("relationship", "relationship-required", "relationship must be PARENT, CARER or YOUNG_PERSON.");
        }
        if (personalDataErased) {
            throw new RuleBroken(ChildProfiles.PERSONAL_DATA_ERASED, "This case's child's personal data was erased.");
        }
        String digest = contacts.digest(email);
        family.requireNotInvited(digest);
        SealedPersonalData contact = vault.sealMore(assessmentId, new FamilyContact(email)).orElseThrow(() ->
                new RuleBroken(ChildProfiles.PERSONAL_DATA_ERASED, "This case's child's personal data was erased."));
        LocalDate today = LocalDate.now(clock);
        apply(new FamilyMemberInvited(assessmentId, command.invitationId(), command.relationship(), contact, digest, today,
                FamilyInvitations.takeUpBy(today)));
        mail.queue(FamilyMail.Kind.INVITATION, assessmentId, command.invitationId(), contact);
    }

    @EventSourcingHandler
    void on(FamilyMemberInvited event) {
        family.on(event);
    }

    @CommandHandler
    void handle(WithdrawFamilyInvitation command) {
        family.requireWithdrawable(command.invitationId());
        apply(new FamilyInvitationWithdrawn(assessmentId, command.invitationId(), command.reason()));
    }

    @EventSourcingHandler
    void on(FamilyInvitationWithdrawn event) {
        family.on(event);
    }

    /** A first sign-in takes the invitation up; later ones record nothing. */
    @CommandHandler
    void handle(AcceptFamilyInvitation command, Clock clock, @MetaDataValue(ActorMetadata.ROLE) String role,
                @MetaDataValue(ActorMetadata.USER) String user) {
        family.toTakeUp(assessmentId, role, user, LocalDate.now(clock))
                .ifPresent(invitationId -> apply(new FamilyInvitationAccepted(assessmentId, invitationId)));
    }

    /** For a command on another record of the case (a dispute): only the family member it admits (ADR 43). */
    public void requireFamilyMember(String role, String user) {
        family.requireTakenUp(assessmentId, role, user);
    }

    @EventSourcingHandler
    void on(FamilyInvitationAccepted event) {
        family.on(event);
    }

    /** The family's own answer to the draft is the step an officer would record for them, today, under the same rules. */
    @CommandHandler
    void handle(AnswerDraft command, Clock clock, @MetaDataValue(ActorMetadata.ROLE) String role,
                @MetaDataValue(ActorMetadata.USER) String user) throws Exception {
        family.requireTakenUp(assessmentId, role, user);
        if (command.requests() == null) {
            throw new InvalidField("requests", "requests-required", "requests must be NONE, SCHOOL or MEETING.");
        }
        handle(new RecordMilestone(assessmentId, Milestone.DRAFT_RESPONSE_RECEIVED, LocalDate.now(clock), null,
                command.requests()), clock);
    }

    /**
     * A family member's views and advice (reg 6(1)(a)), while the assessment is open: what they wrote
     * and the name of their file sealed into the event, the file itself sealed and kept beside the
     * events in the same transaction (ADR 45). A file is accepted by what its bytes are, up to 10 MB.
     */
    @CommandHandler
    void handle(GiveFamilyAdvice command, Clock clock, @MetaDataValue(ActorMetadata.ROLE) String role,
                @MetaDataValue(ActorMetadata.USER) String user, PersonalDataVault vault, FamilyAdviceFiles files) {
        Relationship relationship = family.requireTakenUp(assessmentId, role, user);
        String views = command.views() == null ? "" : command.views().strip();
        byte[] file = command.file() == null || command.file().length == 0 ? null : command.file();
        if (views.isEmpty() && file == null) {
            throw new InvalidField("views", "advice-required", "Write your views, or choose a file to send, or both.");
        }
        if (views.length() > FamilyAdviceRules.MAX_VIEWS) {
            throw new InvalidField("views", "views-too-long", "Your views must be " + FamilyAdviceRules.MAX_VIEWS
                    + " characters or fewer: send a longer account as a file.");
        }
        AdviceFileType type = file == null ? null : FamilyAdviceRules.accepted(file, command.fileName());
        steps.stream().filter(step -> step.milestone().closesTheAssessment()).findFirst().ifPresent(step -> {
            throw new RuleBroken(StepOrder.ASSESSMENT_CLOSED, "The assessment ended with " + step.milestone() + " on "
                    + step.occurredOn() + ": your case officer can tell you how to give your views now.");
        });
        String fileName = file == null ? null : FamilyAdviceRules.fileName(command.fileName(), type);
        SealedPersonalData advice = vault.sealMore(assessmentId, new FamilyAdvice(views, fileName)).orElseThrow(() ->
                new RuleBroken(ChildProfiles.PERSONAL_DATA_ERASED, "This case's child's personal data was erased."));
        if (file != null) {
            files.keep(command.adviceId(), assessmentId, vault.sealBytes(assessmentId, file).orElseThrow());
        }
        apply(new FamilyAdviceGiven(assessmentId, command.adviceId(), relationship, advice, LocalDate.now(clock), type,
                file == null ? 0 : file.length, file == null ? null : FamilyAdviceRules.sha256(file)));
    }

    /**
     * Each date the family follows that passed without its step is recorded as told, once, and the
     * family members who can see the case today are emailed that a date passed, once for all of them
     * (ADR 46). With nobody in the family to tell, nothing is recorded.
     */
    @CommandHandler
    void handle(TellFamilyOfPassedDates command, Clock clock, FamilyMail mail) {
        LocalDate today = LocalDate.now(clock);
        Map<String, SealedPersonalData> toTell = family.toTell(today);
        if (toTell.isEmpty() || personalDataErased) {
            return;
        }
        List<PassedDates.Passed> untold = PassedDates.on(today, due, steps, adviceRequests, reopenings).stream()
                .filter(passed -> !toldOfPassing.contains(passed)).toList();
        untold.forEach(passed -> apply(new FamilyToldOfPassedDate(assessmentId, passed.date(), passed.dueBy())));
        if (!untold.isEmpty()) {
            toTell.forEach((invitationId, contact) -> mail.queue(FamilyMail.Kind.DATE_PASSED, assessmentId, invitationId,
                    contact));
        }
    }

    @EventSourcingHandler
    void on(FamilyToldOfPassedDate event) {
        toldOfPassing.add(new PassedDates.Passed(event.date(), event.dueBy()));
    }

    /** Moving a case to the officer who already holds it records nothing. */
    @CommandHandler
    void handle(AssignCase command, Caseload caseload) {
        Holder asked = caseload.checked(command.officer(), command.team());
        if (!asked.equals(holder)) {
            apply(new CaseAssigned(assessmentId, asked));
        }
    }

    @EventSourcingHandler
    void on(CaseAssigned event) {
        holder = event.holder();
    }
}
