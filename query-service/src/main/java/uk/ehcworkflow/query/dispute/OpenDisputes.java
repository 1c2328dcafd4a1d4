package uk.ehcworkflow.query.dispute;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/**
 * Everything in disagreement resolution still open on a day, overdue first, then soonest due. The
 * local area's duties (mediation arranged within 30 days of the family asking, orders and agreements carried out in time)
 * can be overdue; the family's window to appeal and an appeal awaiting the tribunal only close.
 */
public record OpenDisputes(LocalDate on, long overdue, List<Item> items) {

    /** What is open. */
    public enum Kind {
        APPEAL_WINDOW("Family's time to appeal"),
        MEDIATION("Mediation (30 days from the family asking for it)"),
        APPEAL("Appeal: local area's response"),
        ORDER("Tribunal order"),
        AGREEMENT("Mediation agreement");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param disputeId null for a decision's window before any dispute about it
     * @param order     for an order, which one
     * @param daysLeft  days until the due date; negative when past it
     * @param heldBy    whose caseload the dispute is in; null for a decision's window before any dispute
     */
    public record Item(Kind kind, String disputeId, String caseId, AppealableDecision decision, LocalDate letterOn,
                       TribunalOrder order, LocalDate dueBy, long daysLeft, boolean overdue, Holder heldBy) {
    }

    public static OpenDisputes on(LocalDate day, List<DisputeState> disputes, List<DecisionOnRecord> recentDecisions) {
        List<Item> items = new ArrayList<>();
        Set<String> disputed = new HashSet<>();
        for (DisputeState dispute : disputes) {
            disputed.add(dispute.caseId() + " " + dispute.letter());
            items.addAll(itemsOf(dispute, day));
        }
        for (DecisionOnRecord decision : recentDecisions) {
            LocalDate appealBy = StatutoryCalendar.appealBy(decision.letterOn(), null);
            if (!disputed.contains(decision.caseId() + " " + decision.letter()) && !StatutoryCalendar.overdueOn(appealBy, day)) {
                items.add(item(Kind.APPEAL_WINDOW, null, decision.caseId(), decision.decision(), decision.letterOn(), null,
                        appealBy, day, false, null));
            }
        }
        items.sort(Comparator.comparing(Item::overdue).reversed().thenComparing(Item::dueBy)
                .thenComparing(item -> String.valueOf(item.caseId())));
        return new OpenDisputes(day, items.stream().filter(Item::overdue).count(), List.copyOf(items));
    }

    /** One dispute's open items on a day. */
    static List<Item> itemsOf(DisputeState dispute, LocalDate day) {
        List<Item> items = new ArrayList<>();
        if (dispute.stage() == DisputeState.Stage.MEDIATION && dispute.mediationDueBy() != null) {
            items.add(of(dispute, Kind.MEDIATION, null, dispute.mediationDueBy(), day, true));
        }
        if (dispute.appeal() == null && dispute.stage() != DisputeState.Stage.SETTLED && !StatutoryCalendar.overdueOn(dispute.appealBy(), day)) {
            items.add(of(dispute, Kind.APPEAL_WINDOW, null, dispute.appealBy(), day, false));
        }
        if (dispute.appeal() != null && dispute.appeal().outcome() == null) {
            items.add(of(dispute, Kind.APPEAL, null, dispute.appeal().responseDueBy(), day, false));
        }
        for (DisputeState.Order order : dispute.outstandingOrders()) {
            items.add(of(dispute, Kind.ORDER, order.order(), order.dueBy(), day, true));
        }
        DisputeState.Agreement agreement = dispute.agreement();
        if (agreement != null && agreement.compliedOn() == null) {
            items.add(of(dispute, Kind.AGREEMENT, agreement.order(), agreement.dueBy(), day, true));
        }
        return items;
    }

    private static Item of(DisputeState dispute, Kind kind, TribunalOrder order, LocalDate dueBy, LocalDate day,
                           boolean localAreasDuty) {
        return item(kind, dispute.disputeId(), dispute.caseId(), dispute.decision(), dispute.decisionLetterOn(), order,
                dueBy, day, localAreasDuty && StatutoryCalendar.overdueOn(dueBy, day), dispute.holder());
    }

    private static Item item(Kind kind, String disputeId, String caseId, AppealableDecision decision, LocalDate letterOn,
                             TribunalOrder order, LocalDate dueBy, LocalDate day, boolean overdue, Holder heldBy) {
        return new Item(kind, disputeId, caseId, decision, letterOn, order, dueBy, ChronoUnit.DAYS.between(day, dueBy),
                overdue, heldBy);
    }
}
