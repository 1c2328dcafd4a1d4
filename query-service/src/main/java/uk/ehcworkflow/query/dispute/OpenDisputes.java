package uk.ehcworkflow.query.dispute;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.query.deadline.DeadlineKind;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;

/**
 * Everything in disagreement resolution still open on a day, overdue first, then soonest due. The
 * local area's duties (mediation arranged within 30 days of the family asking, orders and agreements carried out in time)
 * can be overdue; the family's window to appeal and an appeal awaiting the tribunal only close.
 */
public record OpenDisputes(LocalDate on, long overdue, List<Item> items) {

    /** What is open. */
    public enum Kind {
        APPEAL_WINDOW("Family's time to appeal", DeadlineKind.APPEAL_WINDOW),
        MEDIATION("Mediation (30 days from the family asking for it)", DeadlineKind.MEDIATION),
        APPEAL("Appeal: local area's response", DeadlineKind.APPEAL),
        ORDER("Tribunal order", DeadlineKind.TRIBUNAL_ORDER),
        AGREEMENT("Mediation agreement", DeadlineKind.MEDIATION_AGREEMENT);

        private final String label;
        private final DeadlineKind kind;

        Kind(String label, DeadlineKind kind) {
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

        static Kind of(DeadlineKind kind) {
            return Arrays.stream(values()).filter(each -> each.kind == kind).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(kind + " is not a dispute's"));
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
        List<OpenTimeLimit> limits = new ArrayList<>();
        Set<String> disputed = new HashSet<>();
        for (DisputeState dispute : disputes) {
            disputed.add(dispute.caseId() + " " + dispute.letter());
            limits.addAll(dispute.openTimeLimits());
        }
        for (DecisionOnRecord decision : recentDecisions) {
            if (!disputed.contains(decision.caseId() + " " + decision.letter())) {
                limits.add(CaseDecisions.window(decision.caseId(), decision.letter(), null));
            }
        }
        return of(day, limits);
    }

    /** What is open on the day, of these time limits of disputes and of decisions no one has disputed. */
    public static OpenDisputes of(LocalDate day, List<OpenTimeLimit> limits) {
        List<Item> items = new ArrayList<>(shownOn(day, limits));
        items.sort(Comparator.comparing(Item::overdue).reversed().thenComparing(Item::dueBy)
                .thenComparing(item -> String.valueOf(item.caseId())));
        return new OpenDisputes(day, items.stream().filter(Item::overdue).count(), List.copyOf(items));
    }

    /** One dispute's open items on a day. */
    static List<Item> itemsOf(DisputeState dispute, LocalDate day) {
        return shownOn(day, dispute.openTimeLimits());
    }

    private static List<Item> shownOn(LocalDate day, List<OpenTimeLimit> limits) {
        return limits.stream().filter(limit -> limit.shownOn(day))
                .map(limit -> new Item(Kind.of(limit.kind()), limit.disputeId(), limit.caseId(), limit.decision(),
                        limit.letterOn(), limit.order(), limit.dueOn(), ChronoUnit.DAYS.between(day, limit.dueOn()),
                        limit.overdueOn(day), limit.heldBy())).toList();
    }
}
