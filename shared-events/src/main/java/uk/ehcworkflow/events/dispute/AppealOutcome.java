package uk.ehcworkflow.events.dispute;

/** How an appeal ended. */
public enum AppealOutcome {
    UPHELD, PARTLY_UPHELD, DISMISSED, WITHDRAWN,
    /** The local authority did not oppose (reg 45): the appeal is treated as decided for the family. */
    CONCEDED;

    /**
     * Decided by the tribunal at a hearing or on the papers: what the tribunal's statistics count
     * as decided. A withdrawn or conceded appeal was not.
     */
    public boolean decidedByTheTribunal() {
        return this == UPHELD || this == PARTLY_UPHELD || this == DISMISSED;
    }

    /** A decision the tribunal's statistics count "in the family's favour": upheld, wholly or in part. */
    public boolean inFamilysFavour() {
        return this == UPHELD || this == PARTLY_UPHELD;
    }

    /** An outcome for the family, decided or conceded: only such an outcome carries orders. */
    public boolean mayOrder() {
        return inFamilysFavour() || this == CONCEDED;
    }
}
