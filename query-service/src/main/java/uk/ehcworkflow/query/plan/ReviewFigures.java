package uk.ehcworkflow.query.plan;

import java.time.LocalDate;
import java.util.EnumMap;
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

    public static ReviewFigures of(Period period, List<PlanState> plans) {
        Tally tally = new Tally(period);
        plans.forEach(tally::count);
        return tally.figures();
    }

    /** The figures counted a plan at a time, for a scan of every plan that keeps none of them. */
    static final class Tally {
        private final Period period;
        private long inForce;
        private long reviewsDue;
        private long reviewsInTime;
        private long meetings;
        private final Map<ReviewDecision, Long> decisions = new EnumMap<>(ReviewDecision.class);
        private long decisionsInTime;
        private long amended;
        private long amendedInTime;
        private long transfersDue;
        private long namedInTime;
        private final Map<CessationReason, Long> ceased = new EnumMap<>(CessationReason.class);
        private long reassessed;
        private long reassessedInTime;
        private long reassessedExcused;

        Tally(Period period) {
            this.period = period;
            for (ReviewDecision decision : ReviewDecision.values()) {
                decisions.put(decision, 0L);
            }
        }

        ReviewFigures figures() {
            long decided = decisions.values().stream().mapToLong(Long::longValue).sum();
            long ceasedAll = ceased.values().stream().mapToLong(Long::longValue).sum();
            return new ReviewFigures(period.from(), period.to(), inForce,
                    reviewsDue, reviewsInTime, Figures.percent(reviewsInTime, reviewsDue),
                    meetings, decisions, decisionsInTime, Figures.percent(decisionsInTime, decided),
                    amended, amendedInTime, Figures.percent(amendedInTime, amended),
                    transfersDue, namedInTime, Figures.percent(namedInTime, transfersDue),
                    ceasedAll, ceased, reassessed, reassessedInTime, reassessedExcused,
                    Figures.percent(reassessedInTime, reassessed));
        }

        private boolean in(LocalDate day) {
            return day != null && !day.isBefore(period.from()) && !day.isAfter(period.to());
        }

        void count(PlanState plan) {
            if (plan.inForceOn(period.to())) {
                inForce++;
            }
            for (PlanState.ReviewPeriod owed : plan.periods()) {
                if (owed.fellDue() && in(owed.dueBy())) {
                    reviewsDue++;
                    reviewsInTime += owed.completedInTime() ? 1 : 0;
                }
            }
            for (PlanState.Review review : plan.reviews()) {
                meetings += in(review.heldOn()) ? 1 : 0;
                if (in(review.decidedOn())) {
                    decisions.merge(review.decision(), 1L, Long::sum);
                    decisionsInTime += review.decisionWithinFourWeeks() ? 1 : 0;
                }
                if (in(review.amendedPlanIssuedOn())) {
                    amended++;
                    amendedInTime += review.amendedWithinEightWeeks() ? 1 : 0;
                }
            }
            for (PlanState.Transfer transfer : plan.transfers()) {
                if (in(transfer.nameBy())) {
                    transfersDue++;
                    namedInTime += Boolean.TRUE.equals(transfer.namedInTime()) ? 1 : 0;
                }
            }
            if (in(plan.ceasedOn())) {
                ceased.merge(plan.cessationReason(), 1L, Long::sum);
            }
            for (PlanState.Reassessment r : plan.reassessments()) {
                if (in(r.issuedOn())) {
                    reassessed++;
                    reassessedInTime += r.withinFourteenWeeks() ? 1 : 0;
                    reassessedExcused += r.exceptionApplies() ? 1 : 0;
                }
            }
        }
    }
}
