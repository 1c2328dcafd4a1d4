package uk.ehcworkflow.query.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.query.common.Figures;
import uk.ehcworkflow.query.common.Period;

/**
 * The annual review figures for a period, as the DfE and a Freedom of Information request ask
 * them. Each step counts in the period its own date falls in: a decision by its decision date, a
 * review owed by its last day, a phase transfer by its naming deadline, a cessation by its date;
 * plans in force are counted at the period's end.
 */
public record ReviewFigures(
        LocalDate from, LocalDate to, long plansInForce,
        long reviewsDue, long reviewsCompletedWithinTwelveMonths, Double percentReviewsCompletedWithinTwelveMonths,
        long reviewMeetingsHeld, Map<ReviewDecision, Long> reviewDecisions,
        long decisionsWithinFourWeeks, Double percentDecisionsWithinFourWeeks,
        long amendedPlansIssued, long amendedWithinEightWeeks, Double percentAmendedWithinEightWeeks,
        long phaseTransfersDue, long namedInTime, Double percentNamedInTime,
        long plansCeased, Map<CessationReason, Long> plansCeasedByReason,
        long reassessmentsCompleted, long reassessmentsWithinFourteenWeeks, long reassessmentsWithExceptions,
        Double percentReassessmentsWithinFourteenWeeks) {

    /** The figures of these plans, each counted as the read model's counters count it ({@link ReviewContribution}). */
    public static ReviewFigures of(Period period, List<PlanState> plans) {
        Map<String, Long> sums = new HashMap<>();
        long inForce = 0;
        for (PlanState plan : plans) {
            for (Map.Entry<LocalDate, Map<String, Long>> day : ReviewContribution.of(plan).entrySet()) {
                if (!day.getKey().isAfter(period.to())) {
                    inForce += day.getValue().getOrDefault(ReviewContribution.IN_FORCE, 0L);
                    if (!day.getKey().isBefore(period.from())) {
                        day.getValue().forEach((counter, value) -> sums.merge(counter, value, Long::sum));
                    }
                }
            }
        }
        return ReviewContribution.figures(period.from(), period.to(), sums, inForce);
    }

    /** The figures from their counts, with the percentages worked out from them. */
    static ReviewFigures of(LocalDate from, LocalDate to, long inForce, long reviewsDue, long reviewsInTime, long meetings,
                            Map<ReviewDecision, Long> decisions, long decisionsInTime, long amended, long amendedInTime,
                            long transfersDue, long namedInTime, Map<CessationReason, Long> ceased, long reassessed,
                            long reassessedInTime, long reassessedExcused) {
        long decided = decisions.values().stream().mapToLong(Long::longValue).sum();
        long ceasedAll = ceased.values().stream().mapToLong(Long::longValue).sum();
        return new ReviewFigures(from, to, inForce,
                reviewsDue, reviewsInTime, Figures.percent(reviewsInTime, reviewsDue),
                meetings, decisions, decisionsInTime, Figures.percent(decisionsInTime, decided),
                amended, amendedInTime, Figures.percent(amendedInTime, amended),
                transfersDue, namedInTime, Figures.percent(namedInTime, transfersDue),
                ceasedAll, ceased, reassessed, reassessedInTime, reassessedExcused,
                Figures.percent(reassessedInTime, reassessed));
    }
}
