package uk.ehcworkflow.events.quality;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;

/**
 * How a month's sample of finalised plans is drawn (ADR 51): the area's quality assurance has a
 * manager audit a share (25% unless the area sets another) of the plans finalised each month, on
 * top of the peer review of every draft. The draw is stratified by team, so each team's plans are
 * looked at, and is reproducible from its seed.
 */
public final class MonthlySampling {

    /** The share the area's Written Statement of Action promised: a further 25% of the plans finalised each month. */
    public static final int DEFAULT_SHARE_PERCENT = 25;
    /** How long a manager has for the sample's audits: about four weeks, so one month's are done before the next is drawn. */
    public static final int AUDIT_WORKING_DAYS = 20;

    private MonthlySampling() {
    }

    /** One sample per month: its id names the month, e.g. {@code sample-2026-11}. */
    public static String sampleId(YearMonth month) {
        return "sample-" + month;
    }

    /**
     * How many of a team's plans are drawn: the share of them rounded up, so a team is never sampled
     * at less than the share, and at least one of a team that has any. 9 plans at 25% draw 3; 3 draw 1;
     * 4 draw 1; 5 draw 2.
     */
    public static int drawnFrom(int plans, int sharePercent) {
        return plans == 0 ? 0 : Math.max(1, (plans * sharePercent + 99) / 100);
    }

    /**
     * Draws the sample: the teams in alphabetical order (plans no team holds last), each team's plans
     * in order of their ids, shuffled by one {@link Random} seeded with {@code seed} (whose sequence
     * Java specifies, so the same seed draws the same plans on any machine), and the first
     * {@link #drawnFrom} of each taken. The order the population is given in does not matter.
     */
    public static List<String> draw(long seed, int sharePercent, List<SampledPlan> population) {
        Map<String, List<String>> byTeam = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        population.forEach(plan -> byTeam.computeIfAbsent(plan.team(), team -> new ArrayList<>()).add(plan.planId()));
        Random random = new Random(seed);
        List<String> sampled = new ArrayList<>();
        for (List<String> plans : byTeam.values()) {
            plans.sort(Comparator.naturalOrder());
            // Fisher-Yates, written out so that the draw does not depend on how a library shuffles
            for (int i = plans.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                plans.set(j, plans.set(i, plans.get(j)));
            }
            sampled.addAll(plans.subList(0, drawnFrom(plans.size(), sharePercent)));
        }
        return sampled;
    }

    /** The first working day of a month: the day its previous month's sample is drawn. 1 January 2027 is a bank holiday, so 4 January. */
    public static LocalDate firstWorkingDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!StatutoryCalendar.workingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The day a sample's audits are due: {@link #AUDIT_WORKING_DAYS} working days after it was drawn.
     * November 2026's sample, drawn on Tuesday 1 December 2026, is due by Thursday 31 December
     * (Christmas Day and the Boxing Day holiday on Monday 28 December not counted).
     */
    public static LocalDate auditBy(LocalDate drawnOn) {
        return StatutoryCalendar.workingDaysAfter(drawnOn, AUDIT_WORKING_DAYS);
    }
}
