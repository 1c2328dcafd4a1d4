package uk.ehcworkflow.query.timeliness;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.assessment.AssessmentTimeline.RequestOutcome;
import uk.ehcworkflow.query.common.Figures;

/**
 * The timeliness figures of a period, as the DfE's "Education, health and care plans" statistics
 * define them (ADR 17). Plans count in the period they were issued; "excluding exceptions" leaves
 * out plans of cases where a permitted exception arose in any phase. Requests count in the period
 * they were received, with their outcome so far. Decisions not to issue count when made. Advice
 * counts when submitted; what is still owed past its due date is counted at the period's end
 * (or today, for a period not yet over). The letters telling families of decisions count on the
 * decision's day.
 */
public record TimelinessFigures(
        long finalPlansIssued,
        long finalPlansWithinTwentyWeeks,
        long plansWithExceptions,
        Double percentWithinTwentyWeeksExcludingExceptions,
        Double percentWithinTwentyWeeksIncludingExceptions,
        Bands bands,
        Bands bandsExcludingExceptions,
        Double averageWeeksToIssue,
        Double averageWeeksToIssueExcludingExceptions,
        long requestsReceived,
        long agreedToAssess,
        long refusedToAssess,
        long withdrawn,
        long transferredOut,
        long decisionPending,
        Double percentRefused,
        long decidedWithinSixWeeks,
        Double percentDecidedWithinSixWeeks,
        long decisionsNotToIssue,
        long notToIssueWithinSixteenWeeks,
        Double percentNotToIssueWithinSixteenWeeks,
        long issuedWithAdviceMissing,
        Map<Agency, AdviceFigures> advice,
        NoticeFigures notices) {

    /** The national statistics' bands of time from request to plan. */
    enum Band { WITHIN_TWENTY_WEEKS, TWENTY_TO_FIFTY_TWO_WEEKS, OVER_FIFTY_TWO_WEEKS }

    /** Plans by time taken from request to issue. */
    public record Bands(long withinTwentyWeeks, long twentyToFiftyTwoWeeks, long overFiftyTwoWeeks) {
    }

    /**
     * One agency's advice given in the period, how much of it within its six weeks, and how many
     * of its requests were past their due date with no advice at the period's end.
     */
    public record AdviceFigures(long submitted, long submittedWithinSixWeeks, Double percentWithinSixWeeks,
                                long outstandingPastDue) {
    }

    /**
     * The letters owed to families for the period's decisions (to assess or not, not to issue, the
     * draft and the final plan), counted by the decision's day: how many were recorded as sent, how
     * many within 5 working days of the decision, and how many are not recorded as sent at all.
     */
    public record NoticeFigures(long owed, long sent, long sentWithinFiveWorkingDays, Double percentWithinFiveWorkingDays,
                                long notRecordedAsSent) {

        static NoticeFigures of(long owed, long sent, long inTime) {
            return new NoticeFigures(owed, sent, inTime, Figures.percent(inTime, owed), owed - sent);
        }
    }

    static TimelinessFigures of(Map<String, Long> counters) {
        long issued = get(counters, Counter.FINAL_PLANS_ISSUED);
        long within = get(counters, Counter.FINAL_PLANS_WITHIN_TWENTY_WEEKS);
        long withoutExceptions = get(counters, Counter.PLANS_WITHOUT_EXCEPTIONS);
        Map<Agency, AdviceFigures> advice = new LinkedHashMap<>();
        for (Agency agency : Agency.values()) {
            long submitted = get(counters, Counter.adviceSubmitted(agency));
            long inTime = get(counters, Counter.adviceWithinSixWeeks(agency));
            advice.put(agency, new AdviceFigures(submitted, inTime, Figures.percent(inTime, submitted),
                    get(counters, Counter.adviceOutstandingPastDue(agency))));
        }
        long received = get(counters, Counter.REQUESTS_RECEIVED);
        long agreed = get(counters, Counter.requests(RequestOutcome.AGREED_TO_ASSESS));
        long refused = get(counters, Counter.requests(RequestOutcome.REFUSED_TO_ASSESS));
        long decidedInTime = get(counters, Counter.DECIDED_WITHIN_SIX_WEEKS);
        long notToIssue = get(counters, Counter.DECISIONS_NOT_TO_ISSUE);
        long notToIssueInTime = get(counters, Counter.NOT_TO_ISSUE_WITHIN_SIXTEEN_WEEKS);
        return new TimelinessFigures(
                issued,
                within,
                get(counters, Counter.PLANS_WITH_EXCEPTIONS),
                Figures.percent(get(counters, Counter.PLANS_WITHOUT_EXCEPTIONS_WITHIN_TWENTY_WEEKS), withoutExceptions),
                Figures.percent(within, issued),
                bands(counters, ""),
                bands(counters, Counter.WITHOUT_EXCEPTIONS),
                Figures.average(get(counters, Counter.DAYS_TO_ISSUE), issued * 7),
                Figures.average(get(counters, Counter.WITHOUT_EXCEPTIONS + Counter.DAYS_TO_ISSUE), withoutExceptions * 7),
                received,
                agreed,
                refused,
                get(counters, Counter.requests(RequestOutcome.WITHDRAWN)),
                get(counters, Counter.requests(RequestOutcome.TRANSFERRED_OUT)),
                get(counters, Counter.requests(RequestOutcome.DECISION_PENDING)),
                Figures.percent(refused, received),
                decidedInTime,
                Figures.percent(decidedInTime, agreed + refused),
                notToIssue,
                notToIssueInTime,
                Figures.percent(notToIssueInTime, notToIssue),
                get(counters, Counter.ISSUED_WITH_ADVICE_MISSING),
                advice,
                NoticeFigures.of(get(counters, Counter.NOTICES_OWED), get(counters, Counter.NOTICES_SENT),
                        get(counters, Counter.NOTICES_SENT_ON_TIME)));
    }

    private static Bands bands(Map<String, Long> counters, String prefix) {
        return new Bands(get(counters, prefix + Counter.band(Band.WITHIN_TWENTY_WEEKS)),
                get(counters, prefix + Counter.band(Band.TWENTY_TO_FIFTY_TWO_WEEKS)),
                get(counters, prefix + Counter.band(Band.OVER_FIFTY_TWO_WEEKS)));
    }

    private static long get(Map<String, Long> counters, String name) {
        return counters.getOrDefault(name, 0L);
    }
}
