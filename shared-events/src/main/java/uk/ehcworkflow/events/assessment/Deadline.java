package uk.ehcworkflow.events.assessment;

/** A statutory time limit that a recorded exception can excuse. */
public enum Deadline {
    /** 6 weeks to notify the decision whether to assess (reg 4(1), 5(1)). */
    DECISION("the 6 weeks for the decision whether to assess"),
    /** 20 weeks to issue the final plan (reg 13(2)). */
    FINAL_PLAN("the 20 weeks for the final plan"),
    /** 6 weeks for an agency to give its advice (reg 8(1)). */
    ADVICE("an agency's 6 weeks for its advice"),
    /**
     * 14 weeks to issue a plan after a re-assessment (reg 27(3)), excused by the reg 13(3)
     * exceptions alone. A request names it as the re-assessment's {@link #FINAL_PLAN}; it is never
     * an assessment's.
     */
    REASSESSED_PLAN("a re-assessment's 14 weeks for its plan"),
    /** What a tribunal order (or an agreement on an appealable matter) owes, in reg 44(2)'s periods (reg 44(3)). */
    TRIBUNAL_ORDER("a tribunal order's time limit");

    private final String limit;

    Deadline(String limit) {
        this.limit = limit;
    }

    /** The time limit in words, as an explanation names it. */
    public String limit() {
        return limit;
    }

    /** Whether an assessment has this deadline: a re-assessment's belongs to its plan, an order's to its dispute. */
    public boolean ofAnAssessment() {
        return this != REASSESSED_PLAN && this != TRIBUNAL_ORDER;
    }
}
