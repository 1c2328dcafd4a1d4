package uk.ehcworkflow.query.dashboard;

/**
 * The national figures a local area compares itself with: the DfE's "Education, health and care
 * plans" statistics for England, calendar year 2024 (published June 2025), and the tribunal's. Each
 * says the year it counts, since the tribunal counts by academic year and the DfE by calendar year.
 */
final class England {

    static final String SOURCE = "DfE, Education, health and care plans, England, 2024";
    static final String WITHIN_TWENTY_WEEKS_EXCLUDING_EXCEPTIONS = "46.4% (2024)";
    static final String WITHIN_TWENTY_WEEKS_INCLUDING_EXCEPTIONS = "45.9% (2024)";
    static final String PLANS_ISSUED = "90,392 (2024)";
    static final String DECIDED_WITHIN_SIX_WEEKS = "84.8% (2024)";
    static final String REFUSED = "25.2% (2024)";
    static final String NOT_TO_ISSUE_WITHIN_SIXTEEN_WEEKS = "34.1% (2024)";
    static final String OVER_FIFTY_TWO_WEEKS = "7.2% (2024)";
    static final String REVIEW_DECISIONS_WITHIN_FOUR_WEEKS = "44.4% (2024)";
    static final String PLANS_IN_FORCE = "638,745 (January 2025)";
    /** The tribunal's statistics: 2024's appeal rate, and the appeals it decided in academic year 2024/25. */
    static final String APPEAL_RATE = "3.2% (2024)";
    static final String IN_FAMILYS_FAVOUR = "99% (academic year 2024/25)";

    private England() {
    }
}
