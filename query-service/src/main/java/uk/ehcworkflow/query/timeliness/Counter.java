package uk.ehcworkflow.query.timeliness;

import uk.ehcworkflow.events.common.Agency;

/** The names of the counters kept per day and per month in {@code timeliness_kpis}. */
final class Counter {

    // Requests, on the day they were received, by their outcome.
    static final String REQUESTS_RECEIVED = "requestsReceived";
    static final String DECIDED_WITHIN_SIX_WEEKS = "decidedWithinSixWeeks";
    // Decisions not to issue, on the day they were made.
    static final String DECISIONS_NOT_TO_ISSUE = "decisionsNotToIssue";
    static final String NOT_TO_ISSUE_WITHIN_SIXTEEN_WEEKS = "notToIssueWithinSixteenWeeks";
    // Plans, on the day they were issued.
    static final String FINAL_PLANS_ISSUED = "finalPlansIssued";
    static final String FINAL_PLANS_WITHIN_TWENTY_WEEKS = "finalPlansWithinTwentyWeeks";
    static final String PLANS_WITH_EXCEPTIONS = "plansWithExceptions";
    static final String PLANS_WITHOUT_EXCEPTIONS = "plansWithoutExceptions";
    static final String PLANS_WITHOUT_EXCEPTIONS_WITHIN_TWENTY_WEEKS = "plansWithoutExceptionsWithinTwentyWeeks";
    static final String DAYS_TO_ISSUE = "daysToIssue";
    static final String ISSUED_WITH_ADVICE_MISSING = "issuedWithAdviceMissing";
    // Decisions the family is owed a letter of, on the day of the decision: how many were recorded as
    // sent, and how many of those within 5 working days.
    static final String NOTICES_OWED = "noticesOwed";
    static final String NOTICES_SENT = "noticesSent";
    static final String NOTICES_SENT_ON_TIME = "noticesSentOnTime";
    /** Prefixes the bands and days-to-issue of plans without exceptions; the unprefixed ones count every plan. */
    static final String WITHOUT_EXCEPTIONS = "withoutExceptions.";

    private Counter() {
    }

    static String requests(Enum<?> outcome) {
        return "requests." + outcome.name();
    }

    static String band(Enum<?> band) {
        return "band." + band.name();
    }

    static String adviceSubmitted(Agency agency) {
        return "advice." + agency.name() + ".submitted";
    }

    static String adviceWithinSixWeeks(Agency agency) {
        return "advice." + agency.name() + ".submittedWithinSixWeeks";
    }

    /**
     * +1 the day after a request fell due unanswered, -1 the day it stopped being owed (answered
     * late, or the case ended without a plan): summed over every day up to a date, the requests
     * outstanding past their due date on it.
     */
    static String advicePastDue(Agency agency) {
        return "advice." + agency.name() + ".pastDue";
    }

    /** Where the reader puts that sum for a period's end, for {@link TimelinessFigures}. */
    static String adviceOutstandingPastDue(Agency agency) {
        return "advice." + agency.name() + ".outstandingPastDue";
    }
}
