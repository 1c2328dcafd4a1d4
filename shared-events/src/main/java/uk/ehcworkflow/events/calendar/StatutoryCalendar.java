package uk.ehcworkflow.events.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;
import uk.ehcworkflow.events.letter.LetterChannel;

/**
 * The statutory time limits of the EHC needs assessment, of the plan's life after it and of
 * disagreement resolution (mediation, appeals and what a tribunal order owes), in one place.
 *
 * <p>A limit of N weeks "of" a date D falls on D + 7N days and a step on or before that day is
 * in time. Weeks are calendar weeks: school holidays count only through recorded exceptions.
 * Working days, which the Tribunal's rules count, are the days that are not a Saturday, a
 * Sunday or a bank holiday in England and Wales ({@link BankHolidays}); see ADR 30.
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
    /**
     * The area's own standard, not a regulation's: the family is sent the notice of a decision within
     * 5 working days of it, the decision's own day not counted (ADR 40).
     */
    public static final int NOTICE_WORKING_DAYS = 5;
    /** The national statistics' upper band: plans taking over 52 weeks. */
    public static final int LONG_WAIT_WEEKS = 52;
    /** CFA s44(1): each review within the 12 months starting with the issue or the previous review. */
    public static final int REVIEW_MONTHS = 12;
    /** reg 15(5): a transferred plan's review within 3 months of the transfer, if later than the 12 months. */
    public static final int TRANSFER_REVIEW_MONTHS = 3;
    /** reg 15(2): the family of a transferred plan told within 6 weeks. */
    public static final int TRANSFER_NOTICE_WEEKS = 6;
    /** reg 18(1)(b): a move between post-16 institutions, the amended plan 5 months before it. */
    public static final int POST16_MOVE_MONTHS = 5;
    /** reg 20(10): the decision to maintain, amend or cease, notified within 4 weeks of the review meeting. */
    public static final int REVIEW_DECISION_WEEKS = 4;
    /** reg 22(3)-(4): the final amended plan, or notice of not amending, within 8 weeks of the amendment notice. */
    public static final int AMENDMENT_WEEKS = 8;
    /** reg 25: the decision whether to re-assess, within 15 days of the request. */
    public static final int REASSESSMENT_DECISION_DAYS = 15;
    /** reg 27(2): the re-assessed plan within 14 weeks of the notice of the decision to re-assess. */
    public static final int REASSESSMENT_WEEKS = 14;
    /** reg 24(2): a request within 6 months of the last assessment may be refused. */
    public static final int REASSESSMENT_REFUSABLE_MONTHS = 6;

    /** reg 33: the family has 2 months from the decision letter to contact a mediation adviser. */
    public static final int MEDIATION_ADVICE_MONTHS = 2;
    /** Tribunal Procedure Rules r.20(1)(b): an appeal within 2 months of the decision letter. */
    public static final int APPEAL_MONTHS = 2;
    /** r.20(1)(c): or within 1 month of the mediation certificate, whichever is later. */
    public static final int APPEAL_AFTER_CERTIFICATE_MONTHS = 1;
    /** reg 37(1): mediation held within 30 days of the local authority being told it is wanted. */
    public static final int MEDIATION_DAYS = 30;
    /** reg 42(3): what a mediation agreement settles on matters that cannot be appealed, within 2 weeks. */
    public static final int AGREEMENT_WEEKS = 2;
    /** r.12(3): the furthest a last day in August can move (1 August to a Monday 3 September), with room to spare. */
    static final int LONGEST_RECESS_MOVE_DAYS = 35;
    /** Tribunal Procedure Rules r.21: the local authority's response within 30 working days of the appeal. */
    public static final int APPEAL_RESPONSE_WORKING_DAYS = 30;

    /** reg 44(2)(a): after an order to assess, the family is told it will be assessed within 2 weeks. */
    public static final int ORDER_NOTICE_WEEKS = 2;
    /** reg 44(2)(b): then the final plan within 14 weeks of the order. */
    public static final int ORDER_PLAN_AFTER_ASSESSMENT_WEEKS = 14;
    /** reg 44(2)(b): or the decision not to issue within 10 weeks of the order. */
    public static final int ORDER_NOT_TO_ISSUE_WEEKS = 10;
    /** reg 44(2)(c): after an order to make a plan, the draft within 5 weeks. */
    public static final int ORDER_DRAFT_WEEKS = 5;
    /** reg 44(2)(c): and the final plan within 11 weeks. */
    public static final int ORDER_FINAL_PLAN_WEEKS = 11;
    /** reg 44(2)(d): after an order to amend sections B and/or F (and any other), the amended plan within 5 weeks. */
    public static final int ORDER_AMEND_WEEKS = 5;
    /** reg 44(2)(e): after an order to change only the school or other institution in section I, 2 weeks. */
    public static final int ORDER_SECTION_I_WEEKS = 2;
    /** reg 44(2)(h): after an order to continue to maintain the plan and amend it, the amended plan within 5 weeks. */
    public static final int ORDER_CONTINUE_AND_AMEND_WEEKS = 5;

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

    /**
     * The last day the notice of a decision is sent in time: the 5th working day after the decision
     * ({@link #NOTICE_WORKING_DAYS}). A decision on Friday 6 March 2026 is notified by Friday 13 March;
     * one on Thursday 2 April 2026 by Monday 13 April, Good Friday and Easter Monday not counted.
     */
    public static LocalDate noticeDue(LocalDate decidedOn) {
        return workingDaysAfter(decidedOn, NOTICE_WORKING_DAYS);
    }

    /**
     * The day a letter was served on the family, which the 15 days on a draft (reg 13(1)) begin with
     * (ADR 41): the day recorded as the day it reached them, where the officer knows it; else, handed
     * over or emailed, the day it went if a working day, or the next working day; posted, the second
     * working day after posting (the ordinary course of post, Interpretation Act 1978 s7, as CPR 6.26
     * counts it for first class post). A draft posted on Friday 4 September 2026 is served on Tuesday
     * 8 September, so the family's 15 days run to 22 September and the final plan may come on the 23rd.
     */
    public static LocalDate servedOn(LocalDate sentOn, LetterChannel channel, LocalDate recordedServedOn) {
        if (recordedServedOn != null) {
            return recordedServedOn;
        }
        return channel == LetterChannel.POST ? workingDaysAfter(sentOn, 2)
                : workingDay(sentOn) ? sentOn : workingDaysAfter(sentOn, 1);
    }

    /** The same 15 days for proposed amendments (reg 22(2)(c)): the first day the amended plan may be issued. */
    public static LocalDate earliestAmendedPlan(LocalDate amendmentsServedOn) {
        return earliestFinalPlan(amendmentsServedOn);
    }

    /**
     * The last day of "the 12 months starting with" a day (CFA s44(1)): the day before the day of
     * the same number 12 months on (the corresponding date rule, Dodds v Walker [1981] 1 WLR 1441)
     * or, where that month has no such day (12 months from 29 February), that month's last day:
     * 2024-02-29 gives 2025-02-28, 2023-03-01 gives 2024-02-29.
     */
    public static LocalDate reviewDueBy(LocalDate startingWith) {
        return lastDayOfMonthsStartingWith(startingWith, REVIEW_MONTHS);
    }

    /** The last day of a period of months "starting with" a day, by the corresponding date rule. */
    private static LocalDate lastDayOfMonthsStartingWith(LocalDate startingWith, int months) {
        LocalDate corresponding = startingWith.plusMonths(months);
        boolean noSuchDay = corresponding.getDayOfMonth() != startingWith.getDayOfMonth();
        return noSuchDay ? corresponding : corresponding.minusDays(1);
    }

    /**
     * A plan transferred in from another authority (reg 15(4)-(5)): its review is due by the later
     * of the 12 months from its last review (or issue) and the 3 months starting with the transfer.
     * Last review 2025-02-10, transferred 2026-01-20: 2026-04-19.
     */
    public static LocalDate transferredReviewDueBy(LocalDate issuedOn, LocalDate lastReviewDecisionOn,
                                                   LocalDate transferredInOn) {
        LocalDate twelveMonths = firstReviewDueBy(issuedOn, lastReviewDecisionOn);
        LocalDate threeMonths = lastDayOfMonthsStartingWith(transferredInOn, TRANSFER_REVIEW_MONTHS);
        return threeMonths.isAfter(twelveMonths) ? threeMonths : twelveMonths;
    }

    /** The family of a plan transferred in are told within 6 weeks of the transfer (reg 15(2)). */
    public static LocalDate transferNoticeDue(LocalDate transferredInOn) {
        return weeksAfter(transferredInOn, TRANSFER_NOTICE_WEEKS);
    }

    /** A move between post-16 institutions: the amended plan at least 5 months before it (reg 18(1)(b)). */
    public static LocalDate post16MovePlanDue(LocalDate moveOn) {
        return moveOn.minusMonths(POST16_MOVE_MONTHS);
    }

    /**
     * The first review of a plan registered from before: within 12 months of its last review
     * decision or, if it has had none, of its issue.
     */
    public static LocalDate firstReviewDueBy(LocalDate issuedOn, LocalDate lastReviewDecisionOn) {
        return reviewDueBy(lastReviewDecisionOn == null ? issuedOn : lastReviewDecisionOn);
    }

    /** The day the decision on an annual review is due: 4 weeks from the meeting. */
    public static LocalDate reviewDecisionDue(LocalDate meetingHeldOn) {
        return weeksAfter(meetingHeldOn, REVIEW_DECISION_WEEKS);
    }

    /** The day the final amended plan (or the notice of not amending) is due: 8 weeks from the amendment notice. */
    public static LocalDate amendedPlanDue(LocalDate amendmentNoticeOn) {
        return weeksAfter(amendmentNoticeOn, AMENDMENT_WEEKS);
    }

    /** The day the decision whether to re-assess is due: 15 days from the request. */
    public static LocalDate reassessmentDecisionDue(LocalDate requestReceivedOn) {
        return requestReceivedOn.plusDays(REASSESSMENT_DECISION_DAYS);
    }

    /** The day a re-assessed plan is due: 14 weeks from the decision to re-assess. */
    public static LocalDate reassessedPlanDue(LocalDate decidedOn) {
        return weeksAfter(decidedOn, REASSESSMENT_WEEKS);
    }

    /**
     * Whether advice asked of a setting on a day was asked while it was closing or closed: from 1
     * week before it closed to 1 week before it reopened, the day after {@code lastDayClosed}
     * (reg 5(4)(a)). An open-ended closure has no end to the window yet.
     */
    public static boolean askedInClosure(LocalDate adviceRequestedOn, LocalDate firstDayClosed, LocalDate lastDayClosed) {
        LocalDate reopened = lastDayClosed == null ? null : lastDayClosed.plusDays(1);
        return !adviceRequestedOn.isBefore(firstDayClosed.minusWeeks(1))
                && (reopened == null || !adviceRequestedOn.isAfter(reopened.minusWeeks(1)));
    }

    /** Whether a re-assessment request came within 6 months of the last assessment, so reg 24(2) lets the area refuse it. */
    public static boolean withinSixMonths(LocalDate lastAssessment, LocalDate requestReceivedOn) {
        return requestReceivedOn.isBefore(lastAssessment.plusMonths(REASSESSMENT_REFUSABLE_MONTHS));
    }

    /** The last day to contact a mediation adviser: 2 calendar months from the letter, as {@link LocalDate#plusMonths} counts them. */
    public static LocalDate mediationAdviceBy(LocalDate decisionLetterOn) {
        return decisionLetterOn.plusMonths(MEDIATION_ADVICE_MONTHS);
    }

    /**
     * The last day to appeal (r.20(1)): 2 calendar months from the decision letter or, when a
     * mediation certificate was issued, 1 month from it if that is later (31 December + 2 months
     * is the last day of February). Then, as the Tribunal counts it (r.12): a day in August or
     * from 25 December to 1 January moves to the first working day after that period (r.12(3)),
     * and any other day that is not a working day to the next working day (r.12(2)).
     *
     * @param certificateIssuedOn null when no certificate has been issued
     */
    public static LocalDate appealBy(LocalDate decisionLetterOn, LocalDate certificateIssuedOn) {
        LocalDate last = decisionLetterOn.plusMonths(APPEAL_MONTHS);
        LocalDate fromCertificate = certificateIssuedOn == null ? null
                : certificateIssuedOn.plusMonths(APPEAL_AFTER_CERTIFICATE_MONTHS);
        if (fromCertificate != null && fromCertificate.isAfter(last)) {
            last = fromCertificate;
        }
        while (tribunalRecess(last) || !workingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /**
     * The earliest letter whose window to appeal may still be open on a day: 2 months back, and
     * the most r.12 can add to them (all of August, then a weekend), so that a search from it
     * misses none; {@link #appealBy} says which are open.
     */
    public static LocalDate earliestLetterStillAppealableOn(LocalDate day) {
        return day.minusMonths(APPEAL_MONTHS).minusDays(LONGEST_RECESS_MOVE_DAYS);
    }

    /** The day mediation should have been held by: 30 days from when the adviser was contacted. */
    public static LocalDate mediationDue(LocalDate adviserContactedOn) {
        return adviserContactedOn.plusDays(MEDIATION_DAYS);
    }

    /** An agreement on a matter that cannot be appealed is carried out within 2 weeks of it. */
    public static LocalDate agreementDue(LocalDate agreedOn) {
        return weeksAfter(agreedOn, AGREEMENT_WEEKS);
    }

    /** A period of whole weeks counted from a day, for the time limits other types keep (a tribunal order's). */
    public static LocalDate weeksFrom(LocalDate day, int weeks) {
        return weeksAfter(day, weeks);
    }

    /**
     * The day the orders' periods run from (regs 44, 45): the day the local authority told the
     * tribunal it would not oppose, if that was on or before its response was due; otherwise, as
     * for any order, the day the order was sent.
     *
     * @param notOpposedOn  null when the authority did not concede
     * @param responseDueBy the response's due date as it stood
     */
    public static LocalDate ordersRunFrom(LocalDate orderSentOn, LocalDate notOpposedOn, LocalDate responseDueBy) {
        return notOpposedOn != null && !notOpposedOn.isAfter(responseDueBy) ? notOpposedOn : orderSentOn;
    }

    /**
     * The local authority's response to an appeal (r.21): 30 working days from its registration,
     * the days of August and from 25 December to 1 January not counted (r.12(3)(b)).
     */
    public static LocalDate appealResponseDue(LocalDate registeredOn) {
        return workingDaysAfter(registeredOn, APPEAL_RESPONSE_WORKING_DAYS, StatutoryCalendar::tribunalRecess);
    }

    /** The day that many working days after another, that day not counted. */
    public static LocalDate workingDaysAfter(LocalDate start, int days) {
        return workingDaysAfter(start, days, day -> false);
    }

    private static LocalDate workingDaysAfter(LocalDate start, int days, java.util.function.Predicate<LocalDate> notCounted) {
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (workingDay(day) && !notCounted.test(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Whether a day is a working day: not a Saturday, a Sunday or a bank holiday in England and
     * Wales. Beyond the years {@link BankHolidays} lists, only weekends are known not to be.
     */
    public static boolean workingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !BankHolidays.isBankHoliday(day);
    }

    /** r.12(3): in an appeal the days of August, and from 25 December to 1 January inclusive, are not counted. */
    public static boolean tribunalRecess(LocalDate day) {
        return day.getMonth() == Month.AUGUST
                || day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 25
                || day.getMonth() == Month.JANUARY && day.getDayOfMonth() == 1;
    }

    /**
     * Whether circumstances from one day to another (both counted) lasted at least so many weeks:
     * closures and absences 4 (reg 5(4)), an absence excusing an order 2 (reg 44(3)(b)). Circumstances
     * not yet ended ({@code to} null) are taken to last.
     */
    public static boolean lastsWeeks(LocalDate from, LocalDate to, int weeks) {
        return to == null || daysBetween(from, to) + 1 >= weeks * 7L;
    }

    /** Whether a step taken on {@code on} met a limit of {@code weeks} weeks from {@code start}. */
    public static boolean withinWeeks(LocalDate start, LocalDate on, int weeks) {
        return inTime(on, weeksAfter(start, weeks));
    }

    /** Whether a step taken on {@code on} met a limit falling on {@code due}: on or before that day is in time. */
    public static boolean inTime(LocalDate on, LocalDate due) {
        return !on.isAfter(due);
    }

    /**
     * Whether a step not yet taken is overdue on {@code day}: its limit, {@code due}, has passed. On
     * the last day itself it is not yet late (the step may still be taken in time).
     */
    public static boolean overdueOn(LocalDate due, LocalDate day) {
        return day.isAfter(due);
    }

    /** Whole days from one date to another, as the national statistics count weeks to issue. */
    public static long daysBetween(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end);
    }

    private static LocalDate weeksAfter(LocalDate date, int weeks) {
        return date.plusDays(7L * weeks);
    }
}
