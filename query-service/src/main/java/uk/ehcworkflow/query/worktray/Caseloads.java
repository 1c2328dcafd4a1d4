package uk.ehcworkflow.query.worktray;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import uk.ehcworkflow.events.caseload.Holder;

/**
 * How the work is shared out on a day: for each officer (and for each team), the open cases,
 * active plans and open disputes they hold, and how many of their deadlines are overdue. Officers
 * are named; children never are.
 *
 * @param unheld what is in nobody's caseload yet (brought in from a return), or null when nothing is
 */
public record Caseloads(LocalDate today, List<Row> officers, List<Row> teams, Row unheld) {

    /**
     * One officer's or one team's share.
     *
     * @param officer the officer, or null on a team's row
     * @param team    the team, or null for an officer in none (or everyone in no team, on a team's row)
     */
    public record Row(String officer, String team, long cases, long plans, long disputes, long overdue) {

        Row plus(Row other) {
            return new Row(officer, team, cases + other.cases, plans + other.plans, disputes + other.disputes,
                    overdue + other.overdue);
        }
    }

    /** A tally being made: one row per holder as counted. */
    static final class Tally {

        private final Map<String, Row> byHolder = new TreeMap<>();
        private Row unheld;

        void count(Holder holder, long cases, long plans, long disputes, long overdue) {
            if (holder == null) {
                Row row = new Row(null, null, cases, plans, disputes, overdue);
                unheld = unheld == null ? row : unheld.plus(row);
                return;
            }
            byHolder.merge(holder.officer() + "\u0000" + Objects.toString(holder.team(), ""),
                    new Row(holder.officer(), holder.team(), cases, plans, disputes, overdue), Row::plus);
        }

        Caseloads on(LocalDate today) {
            List<Row> officers = new ArrayList<>(byHolder.values());
            officers.sort(Comparator.comparing(Row::officer).thenComparing(row -> Objects.toString(row.team(), "")));
            Map<String, Row> teams = new TreeMap<>();
            for (Row row : officers) {
                String team = Objects.toString(row.team(), "");
                teams.merge(team, new Row(null, row.team(), row.cases(), row.plans(), row.disputes(), row.overdue()),
                        Row::plus);
            }
            return new Caseloads(today, List.copyOf(officers), List.copyOf(teams.values()), unheld);
        }
    }
}
