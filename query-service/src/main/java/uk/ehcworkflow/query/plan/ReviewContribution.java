package uk.ehcworkflow.query.plan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.query.readmodel.DayCounts;

/**
 * What one plan adds to the annual review figures, by the day each fact falls on, as
 * {@link ReviewFigures} counts it: a decision on its decision date, a review owed on its last day,
 * a phase transfer on its naming deadline, a cessation on its date. A plan is in force from its
 * issue to its cessation: +1 on the day it was issued, -1 on the day it ceased, so that the plans
 * in force at a period's end are the sum of every day up to it.
 */
final class ReviewContribution {

    static final String IN_FORCE = "inForce";
    static final String REVIEWS_DUE = "reviewsDue";
    static final String REVIEWS_IN_TIME = "reviewsInTime";
    static final String MEETINGS = "meetings";
    static final String DECISIONS = "decisions.";
    static final String DECISIONS_IN_TIME = "decisionsInTime";
    static final String AMENDED = "amended";
    static final String AMENDED_IN_TIME = "amendedInTime";
    static final String TRANSFERS_DUE = "transfersDue";
    static final String NAMED_IN_TIME = "namedInTime";
    static final String CEASED = "ceased.";
    static final String REASSESSED = "reassessed";
    static final String REASSESSED_IN_TIME = "reassessedInTime";
    static final String REASSESSED_EXCUSED = "reassessedExcused";

    private ReviewContribution() {
    }

    static Map<LocalDate, Map<String, Long>> of(PlanState state) {
        Map<LocalDate, Map<String, Long>> counts = new HashMap<>();
        DayCounts.count(counts, state.issuedOn(), IN_FORCE, 1);
        if (state.ceasedOn() != null) {
            DayCounts.count(counts, state.ceasedOn(), IN_FORCE, -1);
            DayCounts.count(counts, state.ceasedOn(), CEASED + state.cessationReason(), 1);
        }
        for (PlanState.ReviewPeriod owed : state.periods()) {
            if (owed.fellDue()) {
                DayCounts.count(counts, owed.dueBy(), REVIEWS_DUE, 1);
                DayCounts.count(counts, owed.dueBy(), REVIEWS_IN_TIME, owed.completedInTime() ? 1 : 0);
            }
        }
        for (PlanState.Review review : state.reviews()) {
            DayCounts.count(counts, review.heldOn(), MEETINGS, 1);
            if (review.decidedOn() != null) {
                DayCounts.count(counts, review.decidedOn(), DECISIONS + review.decision(), 1);
                DayCounts.count(counts, review.decidedOn(), DECISIONS_IN_TIME,
                        Boolean.TRUE.equals(review.decisionWithinFourWeeks()) ? 1 : 0);
            }
            if (review.amendedPlanIssuedOn() != null) {
                DayCounts.count(counts, review.amendedPlanIssuedOn(), AMENDED, 1);
                DayCounts.count(counts, review.amendedPlanIssuedOn(), AMENDED_IN_TIME,
                        Boolean.TRUE.equals(review.amendedWithinEightWeeks()) ? 1 : 0);
            }
        }
        for (PlanState.Transfer transfer : state.transfers()) {
            DayCounts.count(counts, transfer.nameBy(), TRANSFERS_DUE, 1);
            DayCounts.count(counts, transfer.nameBy(), NAMED_IN_TIME, Boolean.TRUE.equals(transfer.namedInTime()) ? 1 : 0);
        }
        for (PlanState.Reassessment r : state.reassessments()) {
            if (r.issuedOn() != null) {
                DayCounts.count(counts, r.issuedOn(), REASSESSED, 1);
                DayCounts.count(counts, r.issuedOn(), REASSESSED_IN_TIME, Boolean.TRUE.equals(r.withinFourteenWeeks()) ? 1 : 0);
                DayCounts.count(counts, r.issuedOn(), REASSESSED_EXCUSED, r.exceptionApplies() ? 1 : 0);
            }
        }
        return counts;
    }

    /**
     * The figures from the sums of a period's counters, with the plans in force at its end.
     *
     * @param inForce the sum of {@link #IN_FORCE} over every day up to the period's end
     */
    static ReviewFigures figures(LocalDate from, LocalDate to, Map<String, Long> sums, long inForce) {
        Map<ReviewDecision, Long> decisions = new EnumMap<>(ReviewDecision.class);
        for (ReviewDecision decision : ReviewDecision.values()) {
            decisions.put(decision, sums.getOrDefault(DECISIONS + decision, 0L));
        }
        Map<CessationReason, Long> ceased = new EnumMap<>(CessationReason.class);
        for (CessationReason reason : CessationReason.values()) {
            long count = sums.getOrDefault(CEASED + reason, 0L);
            if (count != 0) {
                ceased.put(reason, count);
            }
        }
        return ReviewFigures.of(from, to, inForce, sums.getOrDefault(REVIEWS_DUE, 0L), sums.getOrDefault(REVIEWS_IN_TIME, 0L),
                sums.getOrDefault(MEETINGS, 0L), decisions, sums.getOrDefault(DECISIONS_IN_TIME, 0L),
                sums.getOrDefault(AMENDED, 0L), sums.getOrDefault(AMENDED_IN_TIME, 0L),
                sums.getOrDefault(TRANSFERS_DUE, 0L), sums.getOrDefault(NAMED_IN_TIME, 0L), ceased,
                sums.getOrDefault(REASSESSED, 0L), sums.getOrDefault(REASSESSED_IN_TIME, 0L),
                sums.getOrDefault(REASSESSED_EXCUSED, 0L));
    }
}
