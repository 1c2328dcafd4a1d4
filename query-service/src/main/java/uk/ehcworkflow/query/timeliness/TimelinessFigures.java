package uk.ehcworkflow.query.timeliness;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.common.Figures;

/**
 * The timeliness figures of a period, as the national statistics define them. "Excluding
 * exceptions" leaves out plans whose 20-week deadline has a permitted exception recorded.
 */
public record TimelinessFigures(
        long finalPlansIssued,
        long finalPlansWithinTwentyWeeks,
        long plansWithExceptions,
        Double percentWithinTwentyWeeksExcludingExceptions,
        Double percentWithinTwentyWeeksIncludingExceptions,
        Bands bands,
        Double averageWeeksToIssue,
        long requestsReceived,
        long decisionsMade,
        Double percentDecisionsWithinSixWeeks,
        long issuedWithAdviceMissing,
        Map<Agency, AdviceFigures> advice) {

    /** Plans by time taken from request to issue. */
    public record Bands(long withinTwentyWeeks, long twentyToFiftyTwoWeeks, long overFiftyTwoWeeks) {
    }

    /** One agency's advice given in the period, and how much of it within its six weeks. */
    public record AdviceFigures(long submitted, long submittedWithinSixWeeks, Double percentWithinSixWeeks) {
    }

    static TimelinessFigures of(Map<String, Long> counters) {
        long issued = get(counters, Counter.FINAL_PLANS_ISSUED);
        long within = get(counters, Counter.FINAL_PLANS_WITHIN_TWENTY_WEEKS);
        Map<Agency, AdviceFigures> advice = new LinkedHashMap<>();
        for (Agency agency : Agency.values()) {
            long submitted = get(counters, Counter.adviceSubmitted(agency));
            long inTime = get(counters, Counter.adviceWithinSixWeeks(agency));
            advice.put(agency, new AdviceFigures(submitted, inTime, Figures.percent(inTime, submitted)));
        }
        long decisions = get(counters, Counter.DECISIONS_MADE);
        return new TimelinessFigures(
                issued,
                within,
                get(counters, Counter.PLANS_WITH_EXCEPTIONS),
                Figures.percent(get(counters, Counter.PLANS_WITHOUT_EXCEPTIONS_WITHIN_TWENTY_WEEKS),
                        get(counters, Counter.PLANS_WITHOUT_EXCEPTIONS)),
                Figures.percent(within, issued),
                new Bands(get(counters, Counter.BAND_WITHIN_TWENTY_WEEKS),
                        get(counters, Counter.BAND_TWENTY_TO_FIFTY_TWO_WEEKS),
                        get(counters, Counter.BAND_OVER_FIFTY_TWO_WEEKS)),
                Figures.average(get(counters, Counter.DAYS_TO_ISSUE), issued * 7),
                get(counters, Counter.REQUESTS_RECEIVED),
                decisions,
                Figures.percent(get(counters, Counter.DECISIONS_WITHIN_SIX_WEEKS), decisions),
                get(counters, Counter.ISSUED_WITH_ADVICE_MISSING),
                advice);
    }

    private static long get(Map<String, Long> counters, String name) {
        return counters.getOrDefault(name, 0L);
    }
}
