package uk.ehcworkflow.query.timeliness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.readmodel.DayCounts;

/**
 * What one assessment adds to the timeliness counters, by the day each thing counts on, as the
 * DfE's statistics count them (ADR 17): a request and its outcome on the day it was received, a
 * decision not to issue on its day, a plan on its issue date, advice on its submission date, and
 * advice owed past its due date from the day after it fell due until it stopped being owed, and each
 * decision's letter to the family on the decision's day. The projection applies the difference an
 * event makes.
 */
final class Contribution {

    private Contribution() {
    }

    static Map<LocalDate, Map<String, Long>> of(AssessmentTimeline record) {
        Map<LocalDate, Map<String, Long>> counts = new TreeMap<>();
        if (!record.isOpened()) {
            return counts;
        }
        LocalDate received = record.requestReceivedOn();
        count(counts, received, Counter.REQUESTS_RECEIVED, 1);
        count(counts, received, Counter.requests(record.requestOutcome()), 1);
        record.decision().filter(decision -> StatutoryCalendar.inTime(decision.occurredOn(), record.due().decision()))
                .ifPresent(decision -> count(counts, received, Counter.DECIDED_WITHIN_SIX_WEEKS, 1));
        record.on(Milestone.DECISION_NOT_TO_ISSUE).ifPresent(on -> {
            count(counts, on, Counter.DECISIONS_NOT_TO_ISSUE, 1);
            if (StatutoryCalendar.inTime(on, record.due().notToIssue())) {
                count(counts, on, Counter.NOT_TO_ISSUE_WITHIN_SIXTEEN_WEEKS, 1);
            }
        });
        record.finalPlanIssuedOn().ifPresent(issued -> countPlan(counts, record, received, issued));
        LocalDate endedWithoutPlan = record.endedWithoutPlanOn().orElse(null);
        for (AssessmentTimeline.Advice advice : record.advice()) {
            if (advice.submittedOn() != null) {
                count(counts, advice.submittedOn(), Counter.adviceSubmitted(advice.agency()), 1);
                if (StatutoryCalendar.inTime(advice.submittedOn(), advice.dueOn())) {
                    count(counts, advice.submittedOn(), Counter.adviceWithinSixWeeks(advice.agency()), 1);
                }
            }
            countPastDue(counts, advice, endedWithoutPlan);
        }
        countNotices(counts, record);
        return counts;
    }

    /** Each decision's letter, on the decision's day: owed, recorded as sent, and sent by its 5th working day. */
    private static void countNotices(Map<LocalDate, Map<String, Long>> counts, AssessmentTimeline record) {
        List<AssessmentTimeline.Step> steps = record.milestones();
        for (int place = 1; place <= steps.size(); place++) {
            AssessmentTimeline.Step step = steps.get(place - 1);
            if (Notice.after(step.milestone()).isEmpty()) {
                continue;
            }
            LocalDate decided = step.occurredOn();
            count(counts, decided, Counter.NOTICES_OWED, 1);
            record.letterSent(place).ifPresent(sent -> {
                count(counts, decided, Counter.NOTICES_SENT, 1);
                if (StatutoryCalendar.inTime(sent.sentOn(), StatutoryCalendar.noticeDue(decided))) {
                    count(counts, decided, Counter.NOTICES_SENT_ON_TIME, 1);
                }
            });
        }
    }

    private static void countPlan(Map<LocalDate, Map<String, Long>> counts, AssessmentTimeline record,
                                  LocalDate received, LocalDate issued) {
        long days = StatutoryCalendar.daysBetween(received, issued);
        boolean withinTwenty = StatutoryCalendar.withinWeeks(received, issued, StatutoryCalendar.FINAL_PLAN_WEEKS);
        TimelinessFigures.Band band = withinTwenty ? TimelinessFigures.Band.WITHIN_TWENTY_WEEKS
                : StatutoryCalendar.withinWeeks(received, issued, StatutoryCalendar.LONG_WAIT_WEEKS)
                ? TimelinessFigures.Band.TWENTY_TO_FIFTY_TWO_WEEKS : TimelinessFigures.Band.OVER_FIFTY_TWO_WEEKS;
        count(counts, issued, Counter.FINAL_PLANS_ISSUED, 1);
        count(counts, issued, Counter.DAYS_TO_ISSUE, days);
        count(counts, issued, Counter.band(band), 1);
        if (withinTwenty) {
            count(counts, issued, Counter.FINAL_PLANS_WITHIN_TWENTY_WEEKS, 1);
        }
        if (record.exceptionsApply()) {
            count(counts, issued, Counter.PLANS_WITH_EXCEPTIONS, 1);
        } else {
            count(counts, issued, Counter.PLANS_WITHOUT_EXCEPTIONS, 1);
            count(counts, issued, Counter.WITHOUT_EXCEPTIONS + Counter.DAYS_TO_ISSUE, days);
            count(counts, issued, Counter.WITHOUT_EXCEPTIONS + Counter.band(band), 1);
            if (withinTwenty) {
                count(counts, issued, Counter.PLANS_WITHOUT_EXCEPTIONS_WITHIN_TWENTY_WEEKS, 1);
            }
        }
        if (record.issuedWithAdviceMissing()) {
            count(counts, issued, Counter.ISSUED_WITH_ADVICE_MISSING, 1);
        }
    }

    /**
     * Advice is owed from the day after its due date until it arrives; a case that ends without a
     * plan owes none after that. Advice arriving after the plan was still owed until then.
     */
    private static void countPastDue(Map<LocalDate, Map<String, Long>> counts, AssessmentTimeline.Advice advice,
                                     LocalDate endedWithoutPlan) {
        LocalDate stopped = advice.submittedOn();
        if (endedWithoutPlan != null && (stopped == null || endedWithoutPlan.isBefore(stopped))) {
            stopped = endedWithoutPlan;
        }
        if (stopped != null && StatutoryCalendar.inTime(stopped, advice.dueOn())) {
            return;
        }
        count(counts, advice.dueOn().plusDays(1), Counter.advicePastDue(advice.agency()), 1);
        if (stopped != null) {
            count(counts, stopped, Counter.advicePastDue(advice.agency()), -1);
        }
    }

    private static void count(Map<LocalDate, Map<String, Long>> counts, LocalDate day, String counter, long value) {
        DayCounts.count(counts, day, counter, value);
    }
}
