package uk.ehcworkflow.query.dispute;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.dispute.AppealGround;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.MediationOutcome;
import uk.ehcworkflow.query.common.Figures;
import uk.ehcworkflow.query.common.Period;

/**
 * Disagreement resolution in a period, each thing counted on its own day: decisions by their
 * letter, mediation by the adviser's contact, certificates by their issue, appeals by their
 * registration (an appeal on two grounds counts under each), outcomes by their decision, orders
 * by their due date.
 *
 * @param percentResolvedByMediation certificates after mediation held that say RESOLVED or PARTLY_RESOLVED, of those
 * @param appealRate                 appeals registered over appealable decisions notified, as the tribunal's statistics
 * @param decidedAppeals             appeals the tribunal decided: UPHELD, PARTLY_UPHELD or DISMISSED
 * @param percentInFamilysFavour     UPHELD and PARTLY_UPHELD over those, as the tribunal's statistics count it
 * @param appealsConceded            appeals the local authority conceded (reg 45), on their own line
 * @param ordersDue                  orders due in the period, carried out or already past their day, and not excused
 * @param percentCompliedInTime      of those, carried out by their day
 * @param ordersExcused              orders due in the period whose time limit an exception excused (reg 44(3))
 */
public record DisputeFigures(
        LocalDate from, LocalDate to,
        long appealableDecisionsNotified, Map<AppealableDecision, Long> appealableDecisionsByKind,
        long mediationCases, long certificatesIssued, Map<MediationOutcome, Long> certificatesByOutcome,
        long mediationsHeld, Double percentResolvedByMediation,
        long appealsRegistered, long appealsRegisteredLate, Map<AppealGround, Long> appealsByGround, Double appealRate,
        Map<AppealOutcome, Long> outcomes, long decidedAppeals, Double percentInFamilysFavour, long appealsConceded,
        long ordersDue, long ordersCompliedInTime, Double percentCompliedInTime, long ordersExcused) {

    /** @param today the day the figures are read for: an order not carried out counts once its day has passed */
    public static DisputeFigures of(Period period, List<DecisionOnRecord> decisionsInPeriod, List<DisputeState> disputes,
                                    LocalDate today) {
        Map<AppealableDecision, Long> byKind = new EnumMap<>(AppealableDecision.class);
        decisionsInPeriod.forEach(d -> byKind.merge(d.decision(), 1L, Long::sum));
        Map<MediationOutcome, Long> certificates = new EnumMap<>(MediationOutcome.class);
        Map<AppealGround, Long> grounds = new EnumMap<>(AppealGround.class);
        Map<AppealOutcome, Long> outcomes = new EnumMap<>(AppealOutcome.class);
        long mediation = 0;
        long held = 0;
        long resolved = 0;
        long appeals = 0;
        long late = 0;
        long ordersDue = 0;
        long ordersInTime = 0;
        long ordersExcused = 0;
        for (DisputeState dispute : disputes) {
            if (in(period, dispute.adviserContactedOn())) {
                mediation++;
            }
            DisputeState.Certificate certificate = dispute.certificate();
            if (certificate != null && in(period, certificate.issuedOn())) {
                certificates.merge(certificate.outcome(), 1L, Long::sum);
                if (certificate.mediationHeld()) {
                    held++;
                    resolved += certificate.outcome().resolvedByMediation() ? 1 : 0;
                }
            }
            DisputeState.Appeal appeal = dispute.appeal();
            if (appeal != null && in(period, appeal.registeredOrReceivedOn())) {
                appeals++;
                late += appeal.late() ? 1 : 0;
                appeal.grounds().forEach(ground -> grounds.merge(ground, 1L, Long::sum));
            }
            if (appeal != null && appeal.outcome() != null && in(period, appeal.decidedOn())) {
                outcomes.merge(appeal.outcome(), 1L, Long::sum);
            }
            for (DisputeState.Order order : dispute.orders()) {
                if (in(period, order.dueBy()) && order.exceptionApplies()) {
                    ordersExcused++;
                } else if (in(period, order.dueBy()) && (order.compliedOn() != null || order.overdueOn(today))) {
                    ordersDue++;
                    ordersInTime += Boolean.TRUE.equals(order.compliedInTime()) ? 1 : 0;
                }
            }
        }
        long decided = outcomes.entrySet().stream().filter(e -> e.getKey().decidedByTheTribunal())
                .mapToLong(Map.Entry::getValue).sum();
        long forFamily = outcomes.entrySet().stream().filter(e -> e.getKey().inFamilysFavour())
                .mapToLong(Map.Entry::getValue).sum();
        return new DisputeFigures(period.from(), period.to(), decisionsInPeriod.size(), byKind,
                mediation, certificates.values().stream().mapToLong(Long::longValue).sum(), certificates,
                held, Figures.percent(resolved, held),
                appeals, late, grounds, Figures.percent(appeals, decisionsInPeriod.size()),
                outcomes, decided, Figures.percent(forFamily, decided), outcomes.getOrDefault(AppealOutcome.CONCEDED, 0L),
                ordersDue, ordersInTime, Figures.percent(ordersInTime, ordersDue), ordersExcused);
    }

    private static boolean in(Period period, LocalDate day) {
        return day != null && !day.isBefore(period.from()) && !day.isAfter(period.to());
    }
}
