package uk.ehcworkflow.query.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every plan's deadlines past on a day, most overdue first, and the counts a Freedom of
 * Information request asks for: reviews still incomplete (undecided, or amending with no outcome)
 * at least 6, 12 and 24 months after their meeting; and how many plans are in force that day.
 */
public record OverduePlans(LocalDate on, List<Entry> deadlines, IncompleteReviews incompleteReviews, long plansInForce) {

    /** One plan's deadline past on the day. */
    public record Entry(String planId, PlanState.Overdue overdue) {
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
            state.overdueOn(day).forEach(overdue -> deadlines.add(new Entry(plan.planId(), overdue)));
            PlanState.Review stalled = state.incompleteReviewOn(day).orElse(null);
            if (stalled != null) {
                six += stalled.heldOn().plusMonths(6).isAfter(day) ? 0 : 1;
                twelve += stalled.heldOn().plusMonths(12).isAfter(day) ? 0 : 1;
                twentyFour += stalled.heldOn().plusMonths(24).isAfter(day) ? 0 : 1;
            }
            inForce += state.inForceOn(day) ? 1 : 0;
        }

        OverduePlans overdue() {
            return OverduePlans.of(day, deadlines, new IncompleteReviews(six, twelve, twentyFour), inForce);
        }
    }

    /** The list, most overdue first. */
    static OverduePlans of(LocalDate day, List<Entry> deadlines, IncompleteReviews incompleteReviews, long plansInForce) {
        List<Entry> sorted = new ArrayList<>(deadlines);
        sorted.sort(Comparator.comparingLong((Entry entry) -> entry.overdue().daysOverdue()).reversed()
                .thenComparing(Entry::planId).thenComparing(entry -> entry.overdue().deadline()));
        return new OverduePlans(day, List.copyOf(sorted), incompleteReviews, plansInForce);
    }

    /**
     * The latest day a review meeting can have been held and its review count as incomplete at least
     * {@code months} after it on {@code day}: the last meeting day whose date {@code months} on is not
     * after it (a meeting on 31 August is six months old on 28 February).
     */
    static LocalDate lastMeetingAtLeast(int months, LocalDate day) {
        LocalDate meeting = day.minusMonths(months);
        while (!meeting.plusDays(1).plusMonths(months).isAfter(day)) {
            meeting = meeting.plusDays(1);
        }
        return meeting;
    }
}
