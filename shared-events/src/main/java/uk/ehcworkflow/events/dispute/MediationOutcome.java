package uk.ehcworkflow.events.dispute;

/** What the mediation certificate says happened (reg 34, 39). */
public enum MediationOutcome {
    /** The family decided not to go to mediation after the adviser's information. */
    DECLINED, NOT_RESOLVED, RESOLVED, PARTLY_RESOLVED;

    /** Whether the disagreement was settled, wholly or in part, by mediation. */
    public boolean resolvedByMediation() {
        return this == RESOLVED || this == PARTLY_RESOLVED;
    }
}
