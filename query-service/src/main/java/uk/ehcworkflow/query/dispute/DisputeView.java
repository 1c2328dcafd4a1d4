package uk.ehcworkflow.query.dispute;

import java.time.LocalDate;
import java.util.List;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.StepDue;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/**
 * One dispute as the API and its page show it on a day: the decision and the family's deadlines,
 * mediation, the appeal, each order with its due dates and whether it was met or is overdue, any
 * agreement, and what is still open.
 *
 * @param caseId the assessment, or the plan, whose decision is disputed
 * @param heldBy whose caseload the dispute is in
 */
public record DisputeView(String disputeId, String caseId, Holder heldBy, AppealableDecision decision,
                          AppealableDecision.Record decisionRecordedOn, LocalDate decisionLetterOn,
                          LocalDate adviserContactedOn, LocalDate mediationAdviceBy, LocalDate mediationRequestedOn,
                          LocalDate mediationDueBy,
                          LocalDate appealBy, DisputeState.Stage stage, DisputeState.Certificate certificate,
                          DisputeState.Appeal appeal, List<OrderView> orders, DisputeState.Agreement agreement,
                          List<OpenDisputes.Item> open, LocalDate on, long lastSequence) {

    /** An order with its periods and, on the day read, whether it is overdue. */
    public record OrderView(TribunalOrder order, LocalDate from, List<StepDue> steps, LocalDate dueBy,
                            ComplianceStep compliedBy, LocalDate compliedOn, Boolean compliedInTime, boolean overdue,
                            List<DisputeState.OrderException> exceptions, boolean exceptionApplies) {

        static OrderView of(DisputeState.Order order, LocalDate on) {
            return new OrderView(order.order(), order.from(), order.steps(), order.dueBy(), order.compliedBy(),
                    order.compliedOn(), order.compliedInTime(), order.overdueOn(on), order.exceptions(),
                    order.exceptionApplies());
        }
    }

    public static DisputeView of(DisputeTimeline timeline, LocalDate on) {
        DisputeState state = timeline.state();
        return new DisputeView(state.disputeId(), state.caseId(), state.holder(), state.decision(), state.decision().record(),
                state.decisionLetterOn(), state.adviserContactedOn(), state.mediationAdviceBy(), state.mediationRequestedOn(),
                state.mediationDueBy(),
                state.appealBy(), state.stage(), state.certificate(), state.appeal(),
                state.orders().stream().map(order -> OrderView.of(order, on)).toList(),
                state.agreement(), OpenDisputes.itemsOf(state, on), on, timeline.lastSequence());
    }
}
