package uk.ehcworkflow.query.dispute;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.PermittedExceptions;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.dispute.AgreementComplied;
import uk.ehcworkflow.events.dispute.AppealDecided;
import uk.ehcworkflow.events.dispute.AppealGround;
import uk.ehcworkflow.events.dispute.AppealNotOpposed;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.AppealRegistered;
import uk.ehcworkflow.events.dispute.AppealResponseDueStated;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.DisputeAssigned;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.events.dispute.DisputeOpened;
import uk.ehcworkflow.events.dispute.MediationAgreementRecorded;
import uk.ehcworkflow.events.dispute.MediationCertificateIssued;
import uk.ehcworkflow.events.dispute.MediationOutcome;
import uk.ehcworkflow.events.dispute.MediationRequested;
import uk.ehcworkflow.events.dispute.OrderComplied;
import uk.ehcworkflow.events.dispute.OrderDue;
import uk.ehcworkflow.events.dispute.OrderExceptionRecorded;
import uk.ehcworkflow.events.dispute.StepDue;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.query.deadline.DeadlineKind;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;

/**
 * A dispute's state folded from its recorded events: mediation, the appeal, the orders and any
 * agreement, each with its due date and whether it was met. Due dates come from the events;
 * whether a step met them, or is overdue on a day, is judged here.
 */
public final class DisputeState {

    /** How far the dispute has gone. */
    public enum Stage { MEDIATION, APPEAL_WINDOW, APPEALED, DECIDED, SETTLED }

    public record Certificate(LocalDate issuedOn, boolean mediationHeld, MediationOutcome outcome) {
    }

    /** What mediation agreed, what it owes, and whether it was carried out in time. */
    public record Agreement(LocalDate agreedOn, String terms, boolean appealable, TribunalOrder order, List<StepDue> steps,
                            LocalDate dueBy, ComplianceStep compliedBy, LocalDate compliedOn, Boolean compliedInTime) {
    }

    /**
     * @param receivedOn    the day the tribunal received it
     * @param registeredOn  the day the tribunal registered it; null when not recorded
     * @param late          received after the last day to appeal (the tribunal may extend time)
     * @param responseDueBy the day the tribunal stated or, without one, 30 working days from registration (or receipt)
     * @param sentOn        the day the decision was sent
     */
    public record Appeal(LocalDate receivedOn, LocalDate registeredOn, List<AppealGround> grounds, LocalDate appealBy,
                         boolean late, LocalDate responseDueBy, LocalDate notOpposedOn, LocalDate decidedOn,
                         LocalDate sentOn, AppealOutcome outcome) {

        /** The day it counts among appeals registered: its registration or, until that is recorded, its receipt. */
        public LocalDate registeredOrReceivedOn() {
            return registeredOn != null ? registeredOn : receivedOn;
        }
    }

    /** Circumstances recorded as making an order's time limit impractical (reg 44(3)). */
    public record OrderException(StatutoryException reason, LocalDate from, LocalDate to, String note) {
    }

    /** An order, what it owes from the day its periods run from, and whether it was carried out in time. */
    public record Order(TribunalOrder order, LocalDate from, List<StepDue> steps, LocalDate dueBy,
                        ComplianceStep compliedBy, LocalDate compliedOn, Boolean compliedInTime,
                        List<OrderException> exceptions) {

        /** This order carried out by a step on a day, judged against that step's last day. */
        Order compliedBy(ComplianceStep step, LocalDate on) {
            LocalDate due = steps.stream().filter(each -> each.step() == step).findFirst().map(StepDue::dueBy)
                    .orElse(dueBy);
            return new Order(order, from, steps, due, step, on, StatutoryCalendar.inTime(on, due), exceptions);
        }

        Order excused(OrderException exception) {
            List<OrderException> more = new ArrayList<>(exceptions);
            more.add(exception);
            return new Order(order, from, steps, dueBy, compliedBy, compliedOn, compliedInTime, List.copyOf(more));
        }

        /** Whether a recorded exception excuses its time limit, as the command side judged it. */
        @JsonProperty
        public boolean exceptionApplies() {
            return exceptions.stream().anyMatch(e -> PermittedExceptions.excuses(e.reason(), Deadline.TRIBUNAL_ORDER, dueBy,
                    e.from(), e.to()));
        }

        /** Not carried out and past its last day, with no exception excusing it. */
        public boolean overdueOn(LocalDate day) {
            return compliedOn == null && StatutoryCalendar.overdueOn(dueBy, day) && !exceptionApplies();
        }
    }

    private String disputeId;
    private String caseId;
    private AppealableDecision decision;
    private LocalDate decisionLetterOn;
    private LocalDate adviserContactedOn;
    private LocalDate mediationAdviceBy;
    private LocalDate appealBy;
    private LocalDate mediationRequestedOn;
    private Certificate certificate;
    private Agreement agreement;
    private AppealRegistered appealed;
    private LocalDate responseDueStated;
    private LocalDate notOpposedOn;
    private AppealDecided decided;
    private final List<Order> orders = new ArrayList<>();
    private Instant openedAt;
    /** Whose caseload the dispute is in. */
    private Holder holder;

    private DisputeState() {
    }

    public static DisputeState of(List<DisputeTimeline.Fact> facts) {
        DisputeState state = new DisputeState();
        facts.forEach(fact -> state.apply(fact.event(), fact.recordedAt()));
        return state;
    }

    /**
     * The last day to appeal, whether the appeal was late, the response's due date and what each
     * order owes are worked out from the dates in the events, not read from those stored beside
     * them, so that the Tribunal's way of counting (ADRs 30, 31) applies to every dispute the next
     * time it is read.
     */
    private void apply(DisputeEvent event, Instant recordedAt) {
        if (event instanceof DisputeAssigned e) {
            holder = e.holder();
        } else if (event instanceof DisputeOpened e) {
            disputeId = e.disputeId();
            caseId = e.caseId();
            decision = e.decision();
            decisionLetterOn = e.decisionLetterOn();
            adviserContactedOn = e.adviserContactedOn();
            mediationAdviceBy = e.mediationAdviceBy();
            appealBy = StatutoryCalendar.appealBy(decisionLetterOn, null);
            openedAt = recordedAt;
        } else if (event instanceof MediationCertificateIssued e) {
            certificate = new Certificate(e.issuedOn(), e.mediationHeld(), e.outcome());
            appealBy = StatutoryCalendar.appealBy(decisionLetterOn, e.issuedOn());
        } else if (event instanceof MediationAgreementRecorded e) {
            agreement = new Agreement(e.agreedOn(), e.terms(), e.appealable(), e.order(), e.steps(), e.dueBy(), null, null,
                    null);
        } else if (event instanceof AgreementComplied e) {
            agreement = new Agreement(agreement.agreedOn(), agreement.terms(), agreement.appealable(), agreement.order(),
                    agreement.steps(), e.dueBy(), e.step(), e.compliedOn(), e.inTime());
        } else if (event instanceof MediationRequested e) {
            mediationRequestedOn = e.on();
        } else if (event instanceof AppealRegistered e) {
            appealed = e;
        } else if (event instanceof AppealResponseDueStated e) {
            responseDueStated = e.dueOn();
        } else if (event instanceof AppealNotOpposed e) {
            notOpposedOn = e.on();
        } else if (event instanceof AppealDecided e) {
            decided = e;
            LocalDate from = StatutoryCalendar.ordersRunFrom(e.sent(), notOpposedOn, responseDueBy());
            List<TribunalOrder> made = e.orders().stream().map(OrderDue::order).toList();
            OrderDue.of(made, from).forEach(o -> orders.add(new Order(o.order(), o.from(), o.steps(), o.dueBy(), null,
                    null, null, List.of())));
        } else if (event instanceof OrderExceptionRecorded e) {
            orders.replaceAll(o -> o.order() == e.order()
                    ? o.excused(new OrderException(e.reason(), e.from(), e.to(), e.note())) : o);
        } else if (event instanceof OrderComplied e) {
            orders.replaceAll(o -> o.order() == e.order() ? o.compliedBy(e.step(), e.compliedOn()) : o);
        }
    }

    /**
     * The dispute's time limits not yet met, as the open-deadlines read model keeps them: mediation
     * arranged within 30 days of the family asking, the family's window to appeal until they appeal
     * or settle, the local area's response to an appeal, and each order and agreement to carry out.
     */
    public List<OpenTimeLimit> openTimeLimits() {
        List<OpenTimeLimit> limits = new ArrayList<>();
        if (stage() == Stage.MEDIATION && mediationDueBy() != null) {
            limits.add(limit(DeadlineKind.MEDIATION, null, mediationDueBy(), true));
        }
        if (appeal() == null && stage() != Stage.SETTLED) {
            limits.add(limit(DeadlineKind.APPEAL_WINDOW, null, appealBy(), false));
        }
        if (appeal() != null && appeal().outcome() == null) {
            limits.add(limit(DeadlineKind.APPEAL, null, appeal().responseDueBy(), false));
        }
        for (Order order : outstandingOrders()) {
            limits.add(limit(DeadlineKind.TRIBUNAL_ORDER, order.order(), order.dueBy(), true));
        }
        if (agreement() != null && agreement().compliedOn() == null) {
            limits.add(limit(DeadlineKind.MEDIATION_AGREEMENT, agreement().order(), agreement().dueBy(), true));
        }
        return limits;
    }

    private OpenTimeLimit limit(DeadlineKind kind, TribunalOrder order, LocalDate dueBy, boolean localAreasDuty) {
        return OpenTimeLimit.ofDispute(disputeId(), caseId(), decision(), decisionLetterOn(), kind, order, dueBy,
                localAreasDuty, holder());
    }

    public Holder holder() {
        return holder;
    }

    public String disputeId() {
        return disputeId;
    }

    public String caseId() {
        return caseId;
    }

    public AppealableDecision decision() {
        return decision;
    }

    public LocalDate decisionLetterOn() {
        return decisionLetterOn;
    }

    /** The decision this dispute is about, as its letter went out. */
    public DecisionLetter letter() {
        return new DecisionLetter(decision, decisionLetterOn);
    }

    public LocalDate adviserContactedOn() {
        return adviserContactedOn;
    }

    public LocalDate mediationAdviceBy() {
        return mediationAdviceBy;
    }

    /** The last day to appeal: from the letter, or later from the certificate. */
    public LocalDate appealBy() {
        return appealBy;
    }

    /** The day the family told the local authority they want mediation; null until they do. */
    public LocalDate mediationRequestedOn() {
        return mediationRequestedOn;
    }

    /**
     * Mediation is arranged within 30 days of the family telling the local authority they want it
     * (reg 37); null, and nothing owed, until they have.
     */
    public LocalDate mediationDueBy() {
        return mediationRequestedOn == null ? null : StatutoryCalendar.mediationDue(mediationRequestedOn);
    }

    public Certificate certificate() {
        return certificate;
    }

    public Agreement agreement() {
        return agreement;
    }

    /** The appeal, if one reached the tribunal: lateness judged on its receipt (r.20). */
    public Appeal appeal() {
        if (appealed == null) {
            return null;
        }
        return new Appeal(appealed.cameIn(), appealed.registeredOn(), appealed.grounds(), appealBy,
                StatutoryCalendar.overdueOn(appealBy, appealed.cameIn()), responseDueBy(), notOpposedOn,
                decided == null ? null : decided.decidedOn(), decided == null ? null : decided.sent(),
                decided == null ? null : decided.outcome());
    }

    /** The day the tribunal stated or, without one, 30 working days from the appeal's registration (or its receipt). */
    private LocalDate responseDueBy() {
        if (responseDueStated != null) {
            return responseDueStated;
        }
        return StatutoryCalendar.appealResponseDue(appealed.registeredOn() != null ? appealed.registeredOn()
                : appealed.receivedOn());
    }

    public List<Order> orders() {
        return List.copyOf(orders);
    }

    public Instant openedAt() {
        return openedAt;
    }

    @JsonProperty
    public Stage stage() {
        if (appealed != null) {
            return decided == null ? Stage.APPEALED : Stage.DECIDED;
        }
        if (certificate == null && adviserContactedOn != null) {
            return Stage.MEDIATION;
        }
        return certificate != null && certificate.outcome() == MediationOutcome.RESOLVED ? Stage.SETTLED
                : Stage.APPEAL_WINDOW;
    }

    /** The orders not yet carried out. */
    public List<Order> outstandingOrders() {
        return orders.stream().filter(o -> o.compliedOn() == null).toList();
    }
}
