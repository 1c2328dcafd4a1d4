package uk.ehcworkflow.query.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.ehcworkflow.query.common.Paging;

/**
 * The plans' deadlines past on a day, most overdue first, a page at a time, and the counts a Freedom of
 * Information request asks for: reviews still incomplete (undecided, or amending with no outcome)
 * at least 6, 12 and 24 months after their meeting; and how many plans are in force that day.
 *
 * @param total how many deadlines are past, on every page
 * @param plans how many plans have at least one deadline past
 * @param shown the page's deadlines
 */
public record OverduePlans(LocalDate on, long total, long plans, List<Entry> shown, IncompleteReviews incompleteReviews,
                           long plansInForce) {

    /** The list's order: the longest overdue first, then by plan and by deadline. */
    static final Comparator<Entry> MOST_OVERDUE_FIRST = Comparator
            .comparingLong((Entry entry) -> entry.overdue().daysOverdue()).reversed()
            .thenComparing(Entry::planId).thenComparing(entry -> entry.overdue().deadline());

    /** One plan's deadline past on the day. */
    public record Entry(String planId, PlanState.Overdue overdue) {
    }

    public record IncompleteReviews(long atLeastSixMonthsAfterMeeting, long atLeastTwelveMonthsAfterMeeting,
                                    long atLeastTwentyFourMonthsAfterMeeting) {
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

        /** The page asked for of the whole list, most overdue first. */
        OverduePlans overdue(Paging paging) {
            List<Entry> sorted = new ArrayList<>(deadlines);
            sorted.sort(MOST_OVERDUE_FIRST);
            return new OverduePlans(day, sorted.size(), sorted.stream().map(Entry::planId).distinct().count(),
                    List.copyOf(paging.slice(sorted)), new IncompleteReviews(six, twelve, twentyFour), inForce);
        }
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
