package uk.ehcworkflow.events.plan;

/** What the local authority decided after an annual review (reg 20(10)). */
public enum ReviewDecision {
    /** Keep the plan as it is: a refusal to amend, appealable. */
    MAINTAIN,
    /** Amend it: the proposed amendments go out with the decision (the amendment notice). */
    AMEND,
    /** Cease to maintain it; the cessation itself is recorded when it takes effect. */
    CEASE
}
