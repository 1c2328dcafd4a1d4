package uk.ehcworkflow.events.assessment;

/** What the family asked for when they answered the draft plan (reg 13(1), CFA s38-39). */
public enum DraftResponse {
    /** Nothing further: the final plan may be issued without waiting out the 15 days. */
    NONE,
    /** They name a school or other institution they want in the plan. */
    SCHOOL,
    /** They ask to meet an officer about the draft. */
    MEETING;

    /** Only an answer asking for nothing further ends the family's 15 days early. */
    public boolean endsTheResponsePeriod() {
        return this == NONE;
    }
}
