package uk.ehcworkflow.query.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every plan's deadlines past on a day, most overdue first, and the counts a Freedom of
 * Information request asks for: reviews still incomplete (undecided, or amending with no outcome)
 * at least 6, 12 and 24 months after their meeting.
 */
public record OverduePlans(LocalDate on, List<Entry> deadlines, IncompleteReviews incompleteReviews) {

    /** One plan's deadline past on the day. */
    public record Entry(PlanTimeline plan, PlanState.Overdue overdue) {
    }

    public record IncompleteReviews(long atLeastSixMonthsAfterMeeting, long atLeastTwelveMonthsAfterMeeting,
                                    long atLeastTwentyFourMonthsAfterMeeting) {
    }

    static OverduePlans on(LocalDate day, List<PlanTimeline> plans) {
        List<Entry> deadlines = new ArrayList<>();
        long six = 0;
        long twelve = 0;
        long twentyFour = 0;
        for (PlanTimeline plan : plans) {
            PlanState state = plan.state();
            state.overdueOn(day).forEach(overdue -> deadlines.add(new Entry(plan, overdue)));
            PlanState.Review stalled = state.incompleteReviewOn(day).orElse(null);
            if (stalled != null) {
                six += stalled.heldOn().plusMonths(6).isAfter(day) ? 0 : 1;
                twelve += stalled.heldOn().plusMonths(12).isAfter(day) ? 0 : 1;
                twentyFour += stalled.heldOn().plusMonths(24).isAfter(day) ? 0 : 1;
            }
        }
        deadlines.sort(Comparator.comparingLong((Entry entry) -> entry.overdue().daysOverdue()).reversed()
                .thenComparing(entry -> entry.plan().planId()));
        return new OverduePlans(day, List.copyOf(deadlines), new IncompleteReviews(six, twelve, twentyFour));
    }

    /** How many plans have at least one deadline past. */
    public long plans() {
        return deadlines.stream().map(entry -> entry.plan().planId()).distinct().count();
    }
}
