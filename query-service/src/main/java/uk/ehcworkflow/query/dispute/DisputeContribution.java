package uk.ehcworkflow.query.dispute;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import uk.ehcworkflow.events.dispute.AppealGround;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.MediationOutcome;
import uk.ehcworkflow.query.common.Figures;
import uk.ehcworkflow.query.readmodel.DayCounts;

/**
 * What one dispute, or one appealable decision, adds to the disagreement resolution figures, by
 * the day each counts on ({@link DisputeFigures}): mediation by the adviser's contact, certificates
 * by their issue, appeals by their registration (under each ground), outcomes by their decision,
 * orders by their due date, decisions by their letter. Kept as counters by day and by recorded time
 * (ADR 37), and summed the same way from a list of disputes.
 */
final class DisputeContribution {

    static final String DECISIONS = "decisions.";
    static final String MEDIATION = "mediation";
    static final String CERTIFICATES = "certificates.";
    static final String HELD = "mediationsHeld";
    static final String RESOLVED = "resolvedByMediation";
    static final String APPEALS = "appeals";
    static final String LATE = "appealsLate";
    static final String GROUNDS = "grounds.";
    static final String OUTCOMES = "outcomes.";
    /** Orders not excused, by their due date: each counts among those due once carried out or past its day. */
    static final String ORDERS = "orders";
    static final String ORDERS_CARRIED_OUT = "ordersCarriedOut";
    static final String ORDERS_IN_TIME = "ordersInTime";
    static final String ORDERS_EXCUSED = "ordersExcused";

    private DisputeContribution() {
    }

    static Map<LocalDate, Map<String, Long>> of(DisputeState dispute) {
        Map<LocalDate, Map<String, Long>> counts = new HashMap<>();
        if (dispute.adviserContactedOn() != null) {
            DayCounts.count(counts, dispute.adviserContactedOn(), MEDIATION, 1);
        }
        DisputeState.Certificate certificate = dispute.certificate();
        if (certificate != null) {
            DayCounts.count(counts, certificate.issuedOn(), CERTIFICATES + certificate.outcome(), 1);
            if (certificate.mediationHeld()) {
                DayCounts.count(counts, certificate.issuedOn(), HELD, 1);
                DayCounts.count(counts, certificate.issuedOn(), RESOLVED, certificate.outcome().resolvedByMediation() ? 1 : 0);
            }
        }
        DisputeState.Appeal appeal = dispute.appeal();
        if (appeal != null && appeal.registeredOrReceivedOn() != null) {
            DayCounts.count(counts, appeal.registeredOrReceivedOn(), APPEALS, 1);
            DayCounts.count(counts, appeal.registeredOrReceivedOn(), LATE, appeal.late() ? 1 : 0);
            appeal.grounds().forEach(ground -> DayCounts.count(counts, appeal.registeredOrReceivedOn(), GROUNDS + ground, 1));
        }
        if (appeal != null && appeal.outcome() != null && appeal.decidedOn() != null) {
            DayCounts.count(counts, appeal.decidedOn(), OUTCOMES + appeal.outcome(), 1);
        }
        for (DisputeState.Order order : dispute.orders()) {
            if (order.exceptionApplies()) {
                DayCounts.count(counts, order.dueBy(), ORDERS_EXCUSED, 1);
            } else {
                DayCounts.count(counts, order.dueBy(), ORDERS, 1);
                DayCounts.count(counts, order.dueBy(), ORDERS_CARRIED_OUT, order.compliedOn() != null ? 1 : 0);
                DayCounts.count(counts, order.dueBy(), ORDERS_IN_TIME, Boolean.TRUE.equals(order.compliedInTime()) ? 1 : 0);
            }
        }
        return counts;
    }

    /** An appealable decision, counted on the day of its letter. */
    static Map<LocalDate, Map<String, Long>> of(DecisionOnRecord decision) {
        return Map.of(decision.letterOn(), Map.of(DECISIONS + decision.decision(), 1L));
    }

    /**
     * The figures of a period read on a day, from the sums of any of its days' counters: an order not
     * carried out counts among those due once its day has passed, so the days from {@code today} on
     * count only the orders carried out.
     */
    static DisputeFigures figures(LocalDate from, LocalDate to, LocalDate today,
                                  BiFunction<LocalDate, LocalDate, Map<String, Long>> sumOver) {
        Map<String, Long> sums = sumOver.apply(from, to);
        long ordersDue = 0;
        LocalDate lastPast = to.isBefore(today) ? to : today.minusDays(1);
        if (!lastPast.isBefore(from)) {
            ordersDue += sumOver.apply(from, lastPast).getOrDefault(ORDERS, 0L);
        }
        LocalDate firstToCome = from.isAfter(today) ? from : today;
        if (!firstToCome.isAfter(to)) {
            ordersDue += sumOver.apply(firstToCome, to).getOrDefault(ORDERS_CARRIED_OUT, 0L);
        }
        Map<AppealableDecision, Long> byKind = byName(AppealableDecision.class, DECISIONS, sums);
        Map<MediationOutcome, Long> certificates = byName(MediationOutcome.class, CERTIFICATES, sums);
        Map<AppealGround, Long> grounds = byName(AppealGround.class, GROUNDS, sums);
        Map<AppealOutcome, Long> outcomes = byName(AppealOutcome.class, OUTCOMES, sums);
        long decisions = byKind.values().stream().mapToLong(Long::longValue).sum();
        long held = sums.getOrDefault(HELD, 0L);
        long appeals = sums.getOrDefault(APPEALS, 0L);
        long decided = outcomes.entrySet().stream().filter(e -> e.getKey().decidedByTheTribunal())
                .mapToLong(Map.Entry::getValue).sum();
        long forFamily = outcomes.entrySet().stream().filter(e -> e.getKey().inFamilysFavour())
                .mapToLong(Map.Entry::getValue).sum();
        long inTime = sums.getOrDefault(ORDERS_IN_TIME, 0L);
        return new DisputeFigures(from, to, decisions, byKind,
                sums.getOrDefault(MEDIATION, 0L), certificates.values().stream().mapToLong(Long::longValue).sum(), certificates,
                held, Figures.percent(sums.getOrDefault(RESOLVED, 0L), held),
                appeals, sums.getOrDefault(LATE, 0L), grounds, Figures.percent(appeals, decisions),
                outcomes, decided, Figures.percent(forFamily, decided), outcomes.getOrDefault(AppealOutcome.CONCEDED, 0L),
                ordersDue, inTime, Figures.percent(inTime, ordersDue), sums.getOrDefault(ORDERS_EXCUSED, 0L));
    }

    /** The counts of each value named under a prefix, leaving out those never counted (or counted back to none). */
    private static <E extends Enum<E>> Map<E, Long> byName(Class<E> type, String prefix, Map<String, Long> sums) {
        Map<E, Long> counted = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            long count = sums.getOrDefault(prefix + value.name(), 0L);
            if (count != 0) {
                counted.put(value, count);
            }
        }
        return counted;
    }
}
