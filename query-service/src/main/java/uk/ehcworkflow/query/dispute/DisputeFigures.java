package uk.ehcworkflow.query.dispute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.dispute.AppealGround;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.MediationOutcome;
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

    /**
     * The figures of these decisions and disputes, each counted as the read model's counters count it
     * ({@link DisputeContribution}).
     *
     * @param today the day the figures are read for: an order not carried out counts once its day has passed
     */
    public static DisputeFigures of(Period period, List<DecisionOnRecord> decisionsInPeriod, List<DisputeState> disputes,
                                    LocalDate today) {
        List<Map<LocalDate, Map<String, Long>>> contributions = new ArrayList<>();
        decisionsInPeriod.forEach(decision -> contributions.add(DisputeContribution.of(decision)));
        disputes.forEach(dispute -> contributions.add(DisputeContribution.of(dispute)));
        return DisputeContribution.figures(period.from(), period.to(), today, (from, to) -> {
            Map<String, Long> sums = new HashMap<>();
            contributions.forEach(contribution -> contribution.forEach((day, counts) -> {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    counts.forEach((counter, value) -> sums.merge(counter, value, Long::sum));
                }
            }));
            return sums;
        });
    }
}
