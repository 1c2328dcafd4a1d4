package uk.ehcworkflow.query.letter;

import java.time.LocalDate;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.events.plan.CessationReason;

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
 *                     (and for a plan's letter)
 * @param appealable   whether the family may appeal what it tells them, so that it carries the appeal pack
 * @param plan         what a plan's letter says of the plan; null for the others
 * @param order        what a dispute's letter says of the order carried out; null for the others
 */
public record Letter(String letterId, String caseId, int step, Notice notice, String childName, String reference,
                     LocalDate decidedOn, String reasons, String officer, LocalDate letterOn, LocalDate finalPlanDue,
                     boolean appealable, PlanLetter plan, OrderLetter order, AreaDetails area) {

    /** An order carried out (ADR 48): which, by what step, by when it was due and whether in time. */
    public record OrderLetter(TribunalOrder order, ComplianceStep step, LocalDate dueBy, boolean inTime) {

        /** What the order required, in plain words. */
        public String orderInWords() {
            return switch (order) {
                case ASSESS -> "carry out an education, health and care needs assessment";
                case ISSUE_PLAN -> "issue an education, health and care plan";
                case AMEND_SECTIONS_B_F -> "change the description of needs and the special educational provision in the plan";
                case AMEND_SECTION_I -> "change the school or other institution named in the plan";
                case CONTINUE_TO_MAINTAIN -> "keep maintaining the plan";
                case CONTINUE_AND_AMEND -> "keep maintaining the plan and change it";
                case CEASE -> "stop maintaining the plan";
            };
        }

        /** What we did, in plain words. */
        public String stepInWords() {
            return switch (step) {
                case NOTICE_TO_ASSESS -> "told you we would assess";
                case DRAFT_PLAN_ISSUED -> "issued the draft plan";
                case FINAL_PLAN_ISSUED -> "issued the final plan";
                case DECISION_NOT_TO_ISSUE -> "decided, after assessing, not to issue a plan";
                case AMENDED_PLAN_ISSUED -> "issued the amended plan";
                case ACTED_ON -> "did it";
            };
        }
    }

    /**
     * What a plan's letter says of the plan, as its step recorded it (ADR 44).
     *
     * @param meetingHeldOn   the review meeting a review decision follows; null otherwise
     * @param nextReviewDueBy the last day of the next review: 12 months from a review decision; for a
     *                        plan transferred in, the later of 12 months from its last review and 3 months from the move (reg 15)
     * @param transferredOn   the day a plan transferred in came to us; null otherwise
     * @param fromAuthority   the authority it came from; null otherwise
     * @param cessation       why a plan is to cease, where a decision outside a review gave it; null otherwise
     * @param assessing       for a transfer's notice, whether a decision to re-assess was recorded by its day (reg 15
     *                        asks the notice to say whether we propose to assess)
     */
    public record PlanLetter(LocalDate meetingHeldOn, LocalDate nextReviewDueBy, LocalDate transferredOn,
                             String fromAuthority, CessationReason cessation, boolean assessing) {

        /** The reason to cease in plain words, as the letter gives it. */
        public String cessationInWords() {
            if (cessation == null) {
                return null;
            }
            return switch (cessation) {
                case MAX_AGE -> "the young person has reached the age at which a plan ends";
                case NEEDS_MET -> "we believe the special educational provision in the plan is no longer needed";
                case HIGHER_EDUCATION -> "the young person has started higher education";
                case PAID_EMPLOYMENT -> "the young person has started paid employment";
                case MOVED_TO_ANOTHER_LA -> "the plan is now maintained by another local authority";
                case NO_LONGER_ENGAGES -> "the young person is no longer in education or training";
                case LEFT_ENGLAND -> "the child or young person has left England";
                case DECEASED -> "of the death of the child or young person";
                case OTHER -> "of the reasons we have talked through with you";
            };
        }
    }


    /** For proposed amendments: the last of the 8 weeks from the notice within which the amended plan is issued (reg 22(3)). */
    public LocalDate amendedPlanDueBy() {
        return StatutoryCalendar.amendedPlanDue(letterOn);
    }

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
