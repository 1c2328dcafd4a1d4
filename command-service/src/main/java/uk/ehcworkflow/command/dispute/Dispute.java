package uk.ehcworkflow.command.dispute;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.ehcworkflow.command.axon.AxonConfiguration;
import uk.ehcworkflow.command.caseload.Caseload;
import uk.ehcworkflow.command.common.Allowed;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.ExceptionRules;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.SentLetters;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.command.family.AskForMediation;
import uk.ehcworkflow.command.family.CaseFamilies;
import uk.ehcworkflow.command.plan.CessationChallenges;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.dispute.AgreementComplied;
import uk.ehcworkflow.events.dispute.AppealDecided;
import uk.ehcworkflow.events.dispute.AppealGround;
import uk.ehcworkflow.events.dispute.AppealNotOpposed;
import uk.ehcworkflow.events.dispute.AppealRegistered;
import uk.ehcworkflow.events.dispute.AppealResponseDueStated;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.DisputeAssigned;
import uk.ehcworkflow.events.dispute.DisputeLetterSent;
import uk.ehcworkflow.events.dispute.DisputeOpened;
import uk.ehcworkflow.events.dispute.DisputeStep;
import uk.ehcworkflow.events.dispute.MediationAgreementRecorded;
import uk.ehcworkflow.events.dispute.MediationCertificateIssued;
import uk.ehcworkflow.events.dispute.MediationOutcome;
import uk.ehcworkflow.events.dispute.MediationRequested;
import uk.ehcworkflow.events.dispute.OrderComplied;
import uk.ehcworkflow.events.dispute.OrderDue;
import uk.ehcworkflow.events.dispute.OrderExceptionRecorded;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.events.letter.Notice;

/**
 * One family's disagreement with one appealable decision (CFA s51-55; regs 32-45): mediation,
 * the appeal, and carrying out what the tribunal ordered or mediation agreed, each in its time.
 * An order that overturns a refusal to assess or to issue reopens that assessment in the same
 * command ({@link DisputedCases#reopen}), and is carried out by the reopened case's own final plan
 * or decision not to issue.
 */
@Aggregate(cache = AxonConfiguration.AGGREGATE_CACHE)
public class Dispute {

    static final String CERTIFICATE_ALREADY_ISSUED = "certificate-already-issued";
    static final String NO_MEDIATION_ADVISER = "no-mediation-adviser";
    static final String AGREEMENT_WITHOUT_MEDIATION = "agreement-without-mediation";
    static final String AGREEMENT_ALREADY_RECORDED = "agreement-already-recorded";
    static final String CERTIFICATE_NEEDED = "mediation-certificate-needed";
    static final String GROUND_NOT_FOR_THIS_DECISION = "ground-not-for-this-decision";
    static final String APPEAL_ALREADY_REGISTERED = "appeal-already-registered";
    static final String NO_APPEAL = "no-appeal";
    static final String APPEAL_ALREADY_DECIDED = "appeal-already-decided";
    static final String ALREADY_NOT_OPPOSED = "already-not-opposed";
    static final String ORDERS_NEED_A_FAMILY_WIN = "orders-need-an-outcome-for-the-family";
    static final String ORDER_NOT_FOR_THIS_DECISION = "order-not-for-this-decision";
    static final String ORDER_NOT_MADE = "order-not-made";
    static final String ORDER_ALREADY_COMPLIED = "order-already-complied";
    static final String NO_AGREEMENT = "no-agreement";
    static final String AGREEMENT_ALREADY_COMPLIED = "agreement-already-complied";
    static final String MEDIATION_ALREADY_REQUESTED = "mediation-already-requested";
    static final String STEPS_IN_ORDER = Dates.STEPS_IN_ORDER;
    /** A response due date stated further than this after receipt is taken to be mistyped. */
    static final int LONGEST_RESPONSE_DAYS = 366;

    @AggregateIdentifier
    private String disputeId;
    private String caseId;
    private Holder holder;
    private AppealableDecision decision;
    private LocalDate decisionLetterOn;
    private LocalDate adviserContactedOn;
    private LocalDate mediationRequestedOn;
    private MediationCertificateIssued certificate;
    private MediationAgreementRecorded agreement;
    private boolean agreementComplied;
    private LocalDate appealReceivedOn;
    private LocalDate responseDueBy;
    private LocalDate notOpposedOn;
    private AppealDecided outcome;
    private final Map<TribunalOrder, OrderDue> orders = new EnumMap<>(TribunalOrder.class);
    private final Set<TribunalOrder> complied = EnumSet.noneOf(TribunalOrder.class);
    /** The letters the orders carried out owe the family, by the owing event's number from 1, and those recorded as sent. */
    private final Map<Integer, OrderComplied> lettersOwed = new HashMap<>();
    private final Set<Integer> lettersSent = new HashSet<>();

    protected Dispute() {
        // for Axon to rebuild it from its events
    }

    @CommandHandler
    public Dispute(OpenDispute command, Clock clock, DisputedCases cases, Caseload caseload,
                   @MetaDataValue(ActorMetadata.USER) String user) {
        Dates.notInFuture("decisionLetterOn", command.decisionLetterOn(), clock);
        Dates.notInFuture("adviserContactedOn", command.adviserContactedOn(), clock);
        Dates.notBefore("adviserContactedOn", command.adviserContactedOn(), "the decision letter", command.decisionLetterOn());
        DecisionLetter letter = new DecisionLetter(command.decision(), command.decisionLetterOn());
        cases.requireOnRecord(command.caseId(), letter);
        apply(new DisputeOpened(command.disputeId(), command.caseId(), command.decision(), command.decisionLetterOn(),
                command.adviserContactedOn(), StatutoryCalendar.mediationAdviceBy(command.decisionLetterOn()),
                StatutoryCalendar.appealBy(command.decisionLetterOn(), null)));
        cases.disputed(command.caseId(), command.disputeId(), letter);
        if (user != null) {
            apply(new DisputeAssigned(command.disputeId(), command.caseId(), caseload.loggedBy(user)));
        }
    }

    @EventSourcingHandler
    void on(DisputeOpened event) {
        disputeId = event.disputeId();
        caseId = event.caseId();
        decision = event.decision();
        decisionLetterOn = event.decisionLetterOn();
        adviserContactedOn = event.adviserContactedOn();
    }

    /** What a case officer could record today: each step the rules below would accept on that day. */
    List<DisputeStep> nextSteps(LocalDate today) {
        Map<DisputeStep, Runnable> checks = new LinkedHashMap<>();
        checks.put(DisputeStep.MEDIATION_REQUESTED, () -> checkMediationRequest(today));
        checks.put(DisputeStep.CERTIFICATE, () -> checkCertificate(today));
        checks.put(DisputeStep.AGREEMENT, () -> checkAgreement(today));
        checks.put(DisputeStep.APPEAL, () -> checkAppeal(today, groundsOpen()));
        checks.put(DisputeStep.RESPONSE_DUE, () -> checkResponseDue(today));
        checks.put(DisputeStep.NOT_OPPOSED, () -> checkNotOpposed(today));
        checks.put(DisputeStep.OUTCOME, () -> checkOutcome(today));
        checks.put(DisputeStep.ORDER_EXCEPTION, () -> {
            if (orders.isEmpty()) {
                throw new RuleBroken(ORDER_NOT_MADE, "No order was made.");
            }
        });
        checks.put(DisputeStep.ORDER_COMPLIANCE, () -> {
            if (outstandingOrders().isEmpty()) {
                throw new RuleBroken(ORDER_NOT_MADE, "No order is outstanding.");
            }
        });
        checks.put(DisputeStep.AGREEMENT_COMPLIANCE, () -> checkAgreementCompliance(today));
        return Allowed.steps(checks);
    }

    /** The grounds an appeal could be registered on now: any of the decision's, or without a certificate section I alone. */
    private List<AppealGround> groundsOpen() {
        return certificate == null && decision.grounds().contains(AppealGround.SECTION_I)
                ? List.of(AppealGround.SECTION_I) : List.copyOf(decision.grounds());
    }

    /**
     * Where the family's challenge stands on a day: withdrawn by an order or agreement to keep the
     * plan; ended by an outcome or an agreement on the matter, or by the last day to appeal passing
     * with no appeal; otherwise still running.
     */
    CessationChallenges.Standing standingOn(LocalDate day) {
        List<TribunalOrder> settled = new ArrayList<>(orders.keySet());
        if (agreement != null && agreement.appealable()) {
            settled.add(agreement.order());
        }
        if (settled.stream().anyMatch(TribunalOrder::keepsThePlan)) {
            return CessationChallenges.Standing.DECISION_WITHDRAWN;
        }
        if (outcome != null || agreement != null && agreement.appealable()) {
            return CessationChallenges.Standing.NONE_RUNNING;
        }
        if (appealReceivedOn != null) {
            return CessationChallenges.Standing.RUNNING;
        }
        LocalDate appealBy = StatutoryCalendar.appealBy(decisionLetterOn, certificate == null ? null : certificate.issuedOn());
        return StatutoryCalendar.overdueOn(appealBy, day) ? CessationChallenges.Standing.NONE_RUNNING
                : CessationChallenges.Standing.RUNNING;
    }

    /** The orders made and not yet carried out, in the order the tribunal gave them. */
    List<TribunalOrder> outstandingOrders() {
        return orders.keySet().stream().filter(order -> !complied.contains(order)).toList();
    }

    @CommandHandler
    void handle(RecordMediationRequest command, Clock clock) {
        Dates.notInFuture("on", command.on(), clock);
        checkMediationRequest(command.on());
        apply(new MediationRequested(disputeId, caseId, command.on()));
    }

    /** The family's own word that they want mediation, today, from their page (ADR 43): the same step, the same rules. */
    @CommandHandler
    void handle(AskForMediation command, Clock clock, DisputedCases cases, @MetaDataValue(ActorMetadata.ROLE) String role,
                @MetaDataValue(ActorMetadata.USER) String user) {
        cases.requireFamilyMember(caseId, role, user);
        LocalDate today = LocalDate.now(clock);
        checkMediationRequest(today);
        apply(new MediationRequested(disputeId, caseId, today));
    }

    /** Mediation is wanted through the adviser the family contacted, before any certificate says how it went. */
    private void checkMediationRequest(LocalDate on) {
        if (adviserContactedOn == null) {
            throw new RuleBroken(NO_MEDIATION_ADVISER, "No mediation adviser was contacted in this dispute.");
        }
        if (certificate != null) {
            throw new RuleBroken(CERTIFICATE_ALREADY_ISSUED, "The certificate was issued on " + certificate.issuedOn() + ".");
        }
        Dates.notBefore("on", on, "the adviser was contacted", adviserContactedOn);
        if (mediationRequestedOn != null) {
            throw new RuleBroken(MEDIATION_ALREADY_REQUESTED, "The family said on " + mediationRequestedOn
                    + " that they want mediation.");
        }
    }

    @EventSourcingHandler
    void on(MediationRequested event) {
        mediationRequestedOn = event.on();
    }

    @CommandHandler
    void handle(RecordMediationCertificate command, Clock clock) {
        Dates.notInFuture("issuedOn", command.issuedOn(), clock);
        checkCertificate(command.issuedOn());
        if (command.outcome() == MediationOutcome.DECLINED && command.mediationHeld()) {
            throw new InvalidField("mediationHeld", "declined-means-not-held", "A certificate that the family DECLINED mediation says none was held.");
        }
        if (command.outcome() != MediationOutcome.DECLINED && !command.mediationHeld()) {
            throw new InvalidField("mediationHeld", "mediation-held-before-outcome", "A certificate with outcome " + command.outcome()
                    + " follows mediation held: mediationHeld must be true (or the outcome DECLINED).");
        }
        apply(new MediationCertificateIssued(disputeId, caseId, command.issuedOn(), command.mediationHeld(),
                command.outcome(), StatutoryCalendar.appealBy(decisionLetterOn, command.issuedOn())));
    }

    private void checkCertificate(LocalDate issuedOn) {
        if (adviserContactedOn == null) {
            throw new RuleBroken(NO_MEDIATION_ADVISER, "No mediation adviser was contacted in this dispute, so no "
                    + "certificate follows.");
        }
        if (certificate != null) {
            throw new RuleBroken(CERTIFICATE_ALREADY_ISSUED, "The certificate was issued on " + certificate.issuedOn() + ".");
        }
        Dates.notBefore("issuedOn", issuedOn, "the adviser was contacted", adviserContactedOn);
        Dates.notBefore("issuedOn", issuedOn, "the family asked for mediation", mediationRequestedOn);
    }

    @EventSourcingHandler
    void on(MediationCertificateIssued event) {
        certificate = event;
    }

    @CommandHandler
    void handle(RecordMediationAgreement command, Clock clock, DisputedCases cases) {
        Dates.notInFuture("agreedOn", command.agreedOn(), clock);
        if (!command.appealable() && command.order() != null) {
            throw new InvalidField("order", "order-needs-appealable-matter", "Only an agreement on an appealable matter amounts to an order.");
        }
        checkAgreement(command.agreedOn());
        TribunalOrder order = command.appealable() ? allowedOrder("order",
                command.order() == null ? decision.usualOrder() : command.order()) : null;
        apply(order == null
                ? new MediationAgreementRecorded(disputeId, caseId, command.agreedOn(), command.terms(), false, null,
                        List.of(), StatutoryCalendar.agreementDue(command.agreedOn()))
                : new MediationAgreementRecorded(disputeId, caseId, command.agreedOn(), command.terms(), true, order,
                        order.deadlines(command.agreedOn()), order.dueBy(order.usualStep(), command.agreedOn())));
        reopenIfOverturned(cases, order, command.agreedOn());
    }

    private void checkAgreement(LocalDate agreedOn) {
        if (adviserContactedOn == null || certificate != null && !certificate.outcome().resolvedByMediation()) {
            throw new RuleBroken(AGREEMENT_WITHOUT_MEDIATION, adviserContactedOn == null
                    ? "No mediation adviser was contacted in this dispute."
                    : "The certificate says mediation was " + certificate.outcome() + ": nothing was agreed.");
        }
        if (agreement != null) {
            throw new RuleBroken(AGREEMENT_ALREADY_RECORDED, "The agreement of " + agreement.agreedOn() + " is recorded.");
        }
        Dates.notBefore("agreedOn", agreedOn, "the adviser was contacted", adviserContactedOn);
    }

    @EventSourcingHandler
    void on(MediationAgreementRecorded event) {
        agreement = event;
    }

    @CommandHandler
    void handle(RecordAgreementCompliance command, Clock clock, DisputedCases cases) {
        Dates.notInFuture("compliedOn", command.compliedOn(), clock);
        checkAgreementCompliance(command.compliedOn());
        ComplianceStep step = agreement.appealable() ? completingStep(agreement.order(), command.step()) : null;
        if (!agreement.appealable() && command.step() != null) {
            throw new InvalidField("step", "no-step-without-appeal-right", "An agreement on a matter that cannot be appealed has no statutory step.");
        }
        if (step != null) {
            requireCarriedOutOnTheCase(cases, agreement.order(), step, command.compliedOn());
        }
        LocalDate due = step == null ? agreement.dueBy() : agreement.order().dueBy(step, agreement.agreedOn());
        apply(new AgreementComplied(disputeId, caseId, step, command.compliedOn(), due,
                StatutoryCalendar.inTime(command.compliedOn(), due)));
    }

    private void checkAgreementCompliance(LocalDate compliedOn) {
        if (agreement == null) {
            throw new RuleBroken(NO_AGREEMENT, "No mediation agreement is recorded in this dispute.");
        }
        if (agreementComplied) {
            throw new RuleBroken(AGREEMENT_ALREADY_COMPLIED, "The agreement was already carried out.");
        }
        Dates.notBefore("compliedOn", compliedOn, "the agreement", agreement.agreedOn());
    }

    @EventSourcingHandler
    void on(AgreementComplied event) {
        agreementComplied = true;
    }

    /**
     * The appeal is late when the tribunal received it after the last day (r.20); the response is
     * counted from its registration or, until that is known, from its receipt, which is no later.
     */
    @CommandHandler
    void handle(RegisterAppeal command, Clock clock) {
        Dates.notInFuture("receivedOn", command.receivedOn(), clock);
        Dates.notInFuture("registeredOn", command.registeredOn(), clock);
        checkAppeal(command.receivedOn(), command.grounds());
        Dates.notBefore("registeredOn", command.registeredOn(), "the tribunal received it", command.receivedOn());
        LocalDate appealBy = StatutoryCalendar.appealBy(decisionLetterOn, certificate == null ? null : certificate.issuedOn());
        LocalDate countedFrom = command.registeredOn() != null ? command.registeredOn() : command.receivedOn();
        apply(new AppealRegistered(disputeId, caseId, command.registeredOn(), List.copyOf(command.grounds()), appealBy,
                StatutoryCalendar.overdueOn(appealBy, command.receivedOn()), StatutoryCalendar.appealResponseDue(countedFrom),
                command.receivedOn()));
    }

    private void checkAppeal(LocalDate receivedOn, List<AppealGround> grounds) {
        if (appealReceivedOn != null) {
            throw new RuleBroken(APPEAL_ALREADY_REGISTERED, "The appeal reached the tribunal on " + appealReceivedOn + ".");
        }
        grounds.stream().filter(ground -> !decision.grounds().contains(ground)).findFirst().ifPresent(ground -> {
            throw new RuleBroken(GROUND_NOT_FOR_THIS_DECISION, ground + " is not a ground of appeal against " + decision
                    + ", whose grounds are " + decision.grounds() + ".");
        });
        if (certificate == null && !grounds.stream().allMatch(AppealGround::needsNoCertificate)) {
            throw new RuleBroken(CERTIFICATE_NEEDED, "An appeal on " + grounds + " needs a mediation certificate first "
                    + "(CFA s55): only an appeal about section I alone does not.");
        }
        Dates.notBefore("receivedOn", receivedOn, "the decision letter", decisionLetterOn);
        Dates.notBefore("receivedOn", receivedOn, "the certificate", certificate == null ? null : certificate.issuedOn());
    }

    @EventSourcingHandler
    void on(AppealRegistered event) {
        appealReceivedOn = event.cameIn();
        responseDueBy = event.responseDueBy();
    }

    @CommandHandler
    void handle(RecordResponseDue command) {
        checkResponseDue(command.dueOn());
        if (command.dueOn().isAfter(appealReceivedOn.plusDays(LONGEST_RESPONSE_DAYS))) {
            throw new InvalidField("dueOn", "response-due-within-a-year", "A response due more than a year after the appeal reached the tribunal ("
                    + appealReceivedOn + ") is not a date the tribunal sets: check the date.");
        }
        apply(new AppealResponseDueStated(disputeId, caseId, command.dueOn()));
    }

    /** The tribunal may state (or restate) the response's day while the appeal is undecided. */
    private void checkResponseDue(LocalDate dueOn) {
        requireAppealUndecided();
        Dates.notBefore("dueOn", dueOn, "the appeal reached the tribunal", appealReceivedOn);
    }

    @EventSourcingHandler
    void on(AppealResponseDueStated event) {
        responseDueBy = event.dueOn();
    }

    @CommandHandler
    void handle(DeclineToOppose command, Clock clock) {
        Dates.notInFuture("on", command.on(), clock);
        checkNotOpposed(command.on());
        apply(new AppealNotOpposed(disputeId, caseId, command.on()));
    }

    private void checkNotOpposed(LocalDate on) {
        requireAppealUndecided();
        if (notOpposedOn != null) {
            throw new RuleBroken(ALREADY_NOT_OPPOSED, "The local authority said on " + notOpposedOn + " it would not oppose.");
        }
        Dates.notBefore("on", on, "the appeal reached the tribunal", appealReceivedOn);
    }

    @EventSourcingHandler
    void on(AppealNotOpposed event) {
        notOpposedOn = event.on();
    }

    @CommandHandler
    void handle(RecordAppealOutcome command, Clock clock, DisputedCases cases) {
        Dates.notInFuture("decidedOn", command.decidedOn(), clock);
        Dates.notInFuture("sentOn", command.sentOn(), clock);
        Dates.notBefore("sentOn", command.sentOn(), "the decision", command.decidedOn());
        if (new HashSet<>(command.orders()).size() != command.orders().size()) {
            throw new InvalidField("orders", "order-given-twice", "Each order is given once.");
        }
        checkOutcome(command.decidedOn());
        if (!command.orders().isEmpty() && !command.outcome().mayOrder()) {
            throw new RuleBroken(ORDERS_NEED_A_FAMILY_WIN, "An appeal " + command.outcome() + " carries no orders: only "
                    + "one UPHELD, PARTLY_UPHELD or CONCEDED does.");
        }
        command.orders().forEach(order -> allowedOrder("orders", order));
        LocalDate sentOn = command.sentOn() != null ? command.sentOn() : command.decidedOn();
        LocalDate from = StatutoryCalendar.ordersRunFrom(sentOn, notOpposedOn, responseDueBy);
        apply(new AppealDecided(disputeId, caseId, command.decidedOn(), command.outcome(),
                OrderDue.of(List.copyOf(command.orders()), from), sentOn));
        command.orders().forEach(order -> reopenIfOverturned(cases, order, from));
    }

    private void checkOutcome(LocalDate decidedOn) {
        requireAppealUndecided();
        Dates.notBefore("decidedOn", decidedOn, "the appeal reached the tribunal", appealReceivedOn);
        Dates.notBefore("decidedOn", decidedOn, "the local authority said it would not oppose", notOpposedOn);
    }

    private void requireAppealUndecided() {
        if (appealReceivedOn == null) {
            throw new RuleBroken(NO_APPEAL, "No appeal is registered in this dispute.");
        }
        if (outcome != null) {
            throw new RuleBroken(APPEAL_ALREADY_DECIDED, "The appeal was decided on " + outcome.decidedOn() + " ("
                    + outcome.outcome() + ").");
        }
    }

    @EventSourcingHandler
    void on(AppealDecided event) {
        outcome = event;
        event.orders().forEach(order -> orders.put(order.order(), order));
    }

    /** Like an assessment's, it may be recorded after the order was carried out: the evidence often comes later. */
    @CommandHandler
    void handle(ExcuseOrderDeadline command, Clock clock) {
        ExceptionRules.checkShape(command);
        OrderDue order = orders.get(command.order());
        if (order == null) {
            throw new RuleBroken(ORDER_NOT_MADE, "The tribunal made no order " + command.order() + " in this dispute"
                    + (orders.isEmpty() ? "." : ": its orders are " + orders.keySet() + "."));
        }
        ExceptionRules.checkExcuses(command, Deadline.TRIBUNAL_ORDER, order.dueBy(), clock);
        apply(new OrderExceptionRecorded(disputeId, caseId, command.order(), command.reason(), command.from(), command.to(),
                command.note()));
    }

    @CommandHandler
    void handle(RecordOrderCompliance command, Clock clock, DisputedCases cases) {
        Dates.notInFuture("compliedOn", command.compliedOn(), clock);
        OrderDue order = orders.get(command.order());
        if (order == null) {
            throw new RuleBroken(ORDER_NOT_MADE, "The tribunal made no order " + command.order() + " in this dispute"
                    + (orders.isEmpty() ? "." : ": its orders are " + orders.keySet() + "."));
        }
        if (complied.contains(command.order())) {
            throw new RuleBroken(ORDER_ALREADY_COMPLIED, "The order " + command.order() + " was already complied with.");
        }
        ComplianceStep step = completingStep(command.order(), command.step());
        Dates.notBefore("compliedOn", command.compliedOn(), "the day the order's periods run from", order.from());
        requireCarriedOutOnTheCase(cases, command.order(), step, command.compliedOn());
        LocalDate due = order.dueFor(step);
        apply(new OrderComplied(disputeId, caseId, command.order(), step, command.compliedOn(), due,
                StatutoryCalendar.inTime(command.compliedOn(), due)));
    }

    @EventSourcingHandler
    void on(OrderComplied event, @SequenceNumber long sequence) {
        complied.add(event.order());
        lettersOwed.put((int) sequence + 1, event);
    }

    /**
     * The letter an order carried out owed went to the family, once (ADR 48): dated on or after the
     * day it was carried out, not in the future; the case's family is emailed that there is a letter.
     */
    @CommandHandler
    void handle(RecordDisputeLetterSent command, Clock clock, CaseFamilies families) {
        OrderComplied owed = lettersOwed.get(command.event());
        if (owed == null) {
            throw new UnknownReference("no-such-letter", "Dispute " + disputeId + " owes no letter for an event numbered "
                    + command.event() + ".");
        }
        if (lettersSent.contains(command.event())) {
            throw new RuleBroken("letter-already-sent", "This letter is already recorded as sent.");
        }
        SentLetters.check(command.sentOn(), owed.compliedOn(), command.servedOn(), command.pdfSha256(), clock);
        apply(new DisputeLetterSent(disputeId, caseId, command.event(), Notice.ORDER_COMPLIED, owed.compliedOn(),
                command.sentOn(), command.channel(), command.servedOn(), command.pdfSha256()));
        families.tellOfLetter(caseId);
    }

    @EventSourcingHandler
    void on(DisputeLetterSent event) {
        lettersSent.add(event.event());
    }

    /** The step named, or the order's usual one; a step on the way (a notice, a draft) does not carry an order out. */
    private static ComplianceStep completingStep(TribunalOrder order, ComplianceStep named) {
        ComplianceStep step = named == null ? order.usualStep() : named;
        if (!order.completedBy(step)) {
            throw new InvalidField("step", "step-carries-out-order", step + " does not carry out an order to " + order + ": "
                    + order.usualStep() + " does" + (order == TribunalOrder.ASSESS ? ", or DECISION_NOT_TO_ISSUE." : "."));
        }
        return step;
    }

    private TribunalOrder allowedOrder(String field, TribunalOrder order) {
        if (!decision.orders().contains(order)) {
            throw new RuleBroken(ORDER_NOT_FOR_THIS_DECISION, field + ": " + order + " is not what a dispute about "
                    + decision + " can require; it can require " + decision.orders() + ".");
        }
        return order;
    }

    /** An order to assess after a refusal to assess, or to make a plan after a refusal to issue, reopens the case. */
    private void reopenIfOverturned(DisputedCases cases, TribunalOrder order, LocalDate from) {
        if (reopensTheCase(order)) {
            cases.reopen(caseId, disputeId, order, from);
        }
    }

    private boolean reopensTheCase(TribunalOrder order) {
        return order == TribunalOrder.ASSESS && decision == AppealableDecision.DECISION_NOT_TO_ASSESS
                || order == TribunalOrder.ISSUE_PLAN && decision == AppealableDecision.DECISION_NOT_TO_ISSUE;
    }

    /** A reopened case carries its order out by its own final plan or decision not to issue: that step must be on it. */
    private void requireCarriedOutOnTheCase(DisputedCases cases, TribunalOrder order, ComplianceStep step, LocalDate on) {
        if (!reopensTheCase(order)) {
            return;
        }
        AppealableDecision made = step == ComplianceStep.DECISION_NOT_TO_ISSUE
                ? AppealableDecision.DECISION_NOT_TO_ISSUE : AppealableDecision.FINAL_PLAN_ISSUED;
        cases.requireCarriedOut(caseId, new DecisionLetter(made, on));
    }

    /** Moving a dispute to the officer who already holds it records nothing. */
    @CommandHandler
    void handle(AssignDispute command, Caseload caseload) {
        Holder asked = caseload.checked(command.officer(), command.team());
        if (!asked.equals(holder)) {
            apply(new DisputeAssigned(disputeId, caseId, asked));
        }
    }

    @EventSourcingHandler
    void on(DisputeAssigned event) {
        holder = event.holder();
    }
}
