package uk.ehcworkflow.query.letter;

import java.time.LocalDate;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.letter.Notice;

/**
 * One statutory notice as it is written on a given day: what the templates read. Its time limits
 * run from the letter's date, the day it is sent (reg 33, Tribunal rule 20; ADR 39).
 *
 * @param letterId   the case's id and the step's place among its steps, so the same letter is found again
 * @param step       that place, from 1
 * @param childName  the child's name, as the family knows it
 * @param reference  the case's reference, for the family to quote
 * @param decidedOn  the day of the step the notice tells of
 * @param reasons    what the case officer wrote when recording the step (the reasons, for a refusal)
 * @param officer    who holds the case, for the family to contact
 * @param letterOn   the day the letter is dated and sent
 * @param finalPlanDue the 20 weeks' last day (reg 13(2)), or null where a tribunal's order set the case's deadlines
 */
public record Letter(String letterId, String caseId, int step, Notice notice, String childName, String reference,
                     LocalDate decidedOn, String reasons, String officer, LocalDate letterOn, LocalDate finalPlanDue,
                     AreaDetails area) {

    /** The last day to contact a mediation adviser (reg 33: 2 months from the day the notice was sent). */
    public LocalDate mediationAdviceBy() {
        return StatutoryCalendar.mediationAdviceBy(letterOn);
    }

    /**
     * For a draft plan's letter: the last of the 15 days, beginning with the day served, the family
     * has to answer it (reg 13(1)), were it served the day it is dated; the letter says so.
     */
    public LocalDate draftAnswerByIfServedToday() {
        return StatutoryCalendar.earliestFinalPlan(letterOn).minusDays(1);
    }

    /** The last day of the 12 months within which a new plan is first reviewed (CFA s44(1)), for the final plan's letter. */
    public LocalDate firstReviewDueBy() {
        return StatutoryCalendar.reviewDueBy(decidedOn);
    }

    /** The last day to appeal to the Tribunal without a mediation certificate (rule 20(1), with rule 12's moves). */
    public LocalDate appealBy() {
        return StatutoryCalendar.appealBy(letterOn, null);
    }
}
