package uk.ehcworkflow.events.dispute;

/** How an appeal ended. */
public enum AppealOutcome {
    UPHELD, PARTLY_UPHELD, DISMISSED, WITHDRAWN,
    /** The local authority did not oppose (reg 45): the appeal is treated as decided for the family. */
    CONCEDED;

    /** Decided by the tribunal or conceded; a withdrawn appeal was never decided. */
    public boolean decided() {
        return this != WITHDRAWN;
    }

    /** Counted "in the family's favour" as the tribunal's statistics count it. */
    public boolean inFamilysFavour() {
        return this == UPHELD || this == PARTLY_UPHELD || this == CONCEDED;
    }

    /** Only an outcome for the family can carry orders. */
    public boolean mayOrder() {
        return inFamilysFavour();
    }
}
