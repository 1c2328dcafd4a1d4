package uk.ehcworkflow.query.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * Every plan's deadlines past on a day, most overdue first, and the counts a Freedom of
 * Information request asks for: reviews still incomplete (undecided, or amending with no outcome)
 * at least 6, 12 and 24 months after their meeting; and how many plans are in force that day.
 */
public record OverduePlans(LocalDate on, List<Entry> deadlines, IncompleteReviews incompleteReviews, long plansInForce) {

    /** One plan's deadline past on the day; the plan's child, sealed, to be named for those who may see it. */
    public record Entry(String planId, SealedPersonalData child, PlanState.Overdue overdue) {
    }

    public record IncompleteReviews(long atLeastSixMonthsAfterMeeting, long atLeastTwelveMonthsAfterMeeting,
                                    long atLeastTwentyFourMonthsAfterMeeting) {
    }

    /** How many plans have at least one deadline past. */
    public long plans() {
        return deadlines.stream().map(Entry::planId).distinct().count();
    }

    /** The list counted a plan at a time, for a scan of every plan that keeps only what is overdue. */
    static final class Tally {
        private final LocalDate day;
        private final List<Entry> deadlines = new ArrayList<>();
        private long six;
        private long twelve;
        private long twentyFour;
        private long inForce;

        Tally(LocalDate day) {
            this.day = day;
        }

        void count(PlanTimeline plan) {
            PlanState state = plan.state();
            state.overdueOn(day).forEach(overdue -> deadlines.add(new Entry(plan.planId(), plan.child(), overdue)));
            PlanState.Review stalled = state.incompleteReviewOn(day).orElse(null);
            if (stalled != null) {
                six += stalled.heldOn().plusMonths(6).isAfter(day) ? 0 : 1;
                twelve += stalled.heldOn().plusMonths(12).isAfter(day) ? 0 : 1;
                twentyFour += stalled.heldOn().plusMonths(24).isAfter(day) ? 0 : 1;
            }
            inForce += state.inForceOn(day) ? 1 : 0;
        }

        OverduePlans overdue() {
            List<Entry> sorted = new ArrayList<>(deadlines);
            sorted.sort(Comparator.comparingLong((Entry entry) -> entry.overdue().daysOverdue()).reversed()
                    .thenComparing(Entry::planId));
            return new OverduePlans(day, List.copyOf(sorted), new IncompleteReviews(six, twelve, twentyFour), inForce);
        }
    }
}
