package uk.ehcworkflow.events.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;

/**
 * The statutory time limits of the EHC needs assessment, in one place.
 *
 * <p>A limit of N weeks "of" a date D falls on D + 7N days and a step on or before that day is
 * in time. Weeks are calendar weeks: school holidays count only through recorded exceptions.
 */
public final class StatutoryCalendar {
    /** reg 4(1), 5(1): decision whether to assess. */
    public static final int DECISION_WEEKS = 6;
    /** reg 8(1): each agency's advice. */
    public static final int ADVICE_WEEKS = 6;
    /** reg 10(1): decision not to issue a plan. */
    public static final int NOT_TO_ISSUE_WEEKS = 16;
    /** reg 13(2): final plan issued. */
    public static final int FINAL_PLAN_WEEKS = 20;
    /** reg 13(1): at least 15 days, beginning with the day the draft is served, to comment. */
    public static final int DRAFT_RESPONSE_DAYS = 15;
    /** reg 5(4)(a),(b),(d), 8(2)(b): closures and absences count only if they last 4 weeks or more. */
    public static final int FOUR_WEEKS_DAYS = 28;
    /** The national statistics' upper band: plans taking over 52 weeks. */
    public static final int LONG_WAIT_WEEKS = 52;

    private StatutoryCalendar() {
    }

    /** The deadlines that start running on the day the request is received. */
    public static StatutoryDueDates dueDates(LocalDate requestReceivedOn) {
        return new StatutoryDueDates(
                weeksAfter(requestReceivedOn, DECISION_WEEKS),
                weeksAfter(requestReceivedOn, NOT_TO_ISSUE_WEEKS),
                weeksAfter(requestReceivedOn, FINAL_PLAN_WEEKS));
    }

    /** The day an agency's advice is due, counted from the day it received the request. */
    public static LocalDate adviceDue(LocalDate requestedOn) {
        return weeksAfter(requestedOn, ADVICE_WEEKS);
    }

    /**
     * The first day a final plan may be issued after the draft was served, unless the family has
     * answered asking for nothing further: "at least 15 days beginning with the day served" are
     * served + 0 to served + 14.
     */
    public static LocalDate earliestFinalPlan(LocalDate draftServedOn) {
        return draftServedOn.plusDays(DRAFT_RESPONSE_DAYS);
    }

    /** Whether a period, both days counted, lasts 4 weeks or more; an open-ended one (no last day) does. */
    public static boolean lastsFourWeeks(LocalDate from, LocalDate to) {
        return to == null || daysBetween(from, to) + 1 >= FOUR_WEEKS_DAYS;
    }

    /** Whether a step taken on {@code on} met a limit of {@code weeks} weeks from {@code start}. */
    public static boolean withinWeeks(LocalDate start, LocalDate on, int weeks) {
        return inTime(on, weeksAfter(start, weeks));
    }

    /** Whether a step taken on {@code on} met a limit falling on {@code due}: on or before that day is in time. */
    public static boolean inTime(LocalDate on, LocalDate due) {
        return !on.isAfter(due);
    }

    /** Whole days from one date to another, as the national statistics count weeks to issue. */
    public static long daysBetween(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end);
    }

    private static LocalDate weeksAfter(LocalDate date, int weeks) {
        return date.plusDays(7L * weeks);
    }
}
