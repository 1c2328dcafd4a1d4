package uk.ehcworkflow.events.assessment;

/** A statutory time limit that a recorded exception can excuse. */
public enum Deadline {
    /** 6 weeks to notify the decision whether to assess (reg 4(1), 5(1)). */
    DECISION,
    /** 20 weeks to issue the final plan (reg 13(2)). */
    FINAL_PLAN,
    /** 6 weeks for an agency to give its advice (reg 8(1)). */
    ADVICE
}
