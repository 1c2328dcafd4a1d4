package uk.ehcworkflow.query.timeliness;

import uk.ehcworkflow.events.common.Agency;

/** The names of the counters kept per day and per month in {@code timeliness_kpis}. */
final class Counter {

    static final String REQUESTS_RECEIVED = "requestsReceived";
    static final String DECISIONS_MADE = "decisionsMade";
    static final String DECISIONS_WITHIN_SIX_WEEKS = "decisionsWithinSixWeeks";
    static final String FINAL_PLANS_ISSUED = "finalPlansIssued";
    static final String FINAL_PLANS_WITHIN_TWENTY_WEEKS = "finalPlansWithinTwentyWeeks";
    static final String PLANS_WITH_EXCEPTIONS = "plansWithExceptions";
    static final String PLANS_WITHOUT_EXCEPTIONS = "plansWithoutExceptions";
    static final String PLANS_WITHOUT_EXCEPTIONS_WITHIN_TWENTY_WEEKS = "plansWithoutExceptionsWithinTwentyWeeks";
    static final String BAND_WITHIN_TWENTY_WEEKS = "bandWithinTwentyWeeks";
    static final String BAND_TWENTY_TO_FIFTY_TWO_WEEKS = "bandTwentyToFiftyTwoWeeks";
    static final String BAND_OVER_FIFTY_TWO_WEEKS = "bandOverFiftyTwoWeeks";
    static final String DAYS_TO_ISSUE = "daysToIssue";
    static final String ISSUED_WITH_ADVICE_MISSING = "issuedWithAdviceMissing";

    private Counter() {
    }

    static String adviceSubmitted(Agency agency) {
        return "advice." + agency.name() + ".submitted";
    }

    static String adviceWithinSixWeeks(Agency agency) {
        return "advice." + agency.name() + ".submittedWithinSixWeeks";
    }
}
