package uk.ehcworkflow.query.worktray;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.deadline.DeadlineKind;

/**
 * A case officer's day: every time limit of every open case, active plan and dispute due within the chosen number of
 * days or already overdue, soonest first, with counts by status; in one officer's or one team's caseload when chosen,
 * a page at a time.
 *
 * @param total  how many deadlines the choice holds, on every page
 * @param counts how many deadlines of each status the choice holds
 */
public record WorkTray(LocalDate today, int withinDays, String officer, String team, int page, int size, long total,
                       int pages, List<OpenDeadline> deadlines, Map<OpenDeadline.Status, Long> counts) {

    static final int DEFAULT_WITHIN_DAYS = 28;

    /**
     * What the tray is asked to show.
     *
     * @param kind    only deadlines of this kind, or all when null
     * @param status  only deadlines in this state, or all when null
     * @param officer only this officer's caseload, or everyone's when null
     * @param team    only this team's caseload, or every team's when null
     */
    public record Choice(int withinDays, DeadlineKind kind, OpenDeadline.Status status, String officer, String team,
                         Paging paging) {

        /** Whether a tray of these choices shows the deadline: due within the days, of the kind, state and caseload chosen. */
        boolean shows(OpenDeadline deadline) {
            return deadline.daysLeft() <= withinDays && (kind == null || deadline.kind() == kind)
                    && (status == null || deadline.status() == status) && deadline.heldBy(officer, team);
        }

        /** The last day a deadline it shows can be due on. */
        LocalDate through(LocalDate today) {
            return today.plusDays(withinDays);
        }
    }

    /** The tray's order: soonest due first, then by case or plan, kind of deadline, dispute and advice request. */
    static final Comparator<OpenDeadline> SOONEST_FIRST = Comparator.comparing(OpenDeadline::dueOn)
            .thenComparing(d -> String.valueOf(d.recordId())).thenComparing(d -> d.kind().ordinal())
            .thenComparing(d -> String.valueOf(d.disputeId())).thenComparing(d -> String.valueOf(d.adviceRequestId()));

    /** @param candidates open deadlines of cases, plans and disputes, at least those the choice shows */
    public static WorkTray of(List<OpenDeadline> candidates, LocalDate today, Choice choice) {
        List<OpenDeadline> due = candidates.stream().filter(choice::shows).sorted(SOONEST_FIRST).toList();
        return of(today, choice, due.stream().map(OpenDeadline::status).toList(), choice.paging().slice(due));
    }

    /**
     * @param statuses how each deadline the choice shows stands, all of them
     * @param page     the page's deadlines, in the tray's order
     */
    static WorkTray of(LocalDate today, Choice choice, List<OpenDeadline.Status> statuses, List<OpenDeadline> page) {
        Map<OpenDeadline.Status, Long> counts = new EnumMap<>(OpenDeadline.Status.class);
        for (OpenDeadline.Status each : OpenDeadline.Status.values()) {
            counts.put(each, 0L);
        }
        statuses.forEach(status -> counts.merge(status, 1L, Long::sum));
        return new WorkTray(today, choice.withinDays(), choice.officer(), choice.team(), choice.paging().page(),
                choice.paging().size(), statuses.size(), choice.paging().pages(statuses.size()), List.copyOf(page), counts);
    }

    /** The same tray with the page's deadlines named: their case references and children. */
    WorkTray showing(List<OpenDeadline> named) {
        return new WorkTray(today, withinDays, officer, team, page, size, total, pages, List.copyOf(named), counts);
    }
}
