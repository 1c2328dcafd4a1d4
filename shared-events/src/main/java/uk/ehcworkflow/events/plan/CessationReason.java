package uk.ehcworkflow.events.plan;

/** Why a plan ceased, as the SEN2 return codes it. */
public enum CessationReason {
    MAX_AGE,
    NEEDS_MET,
    HIGHER_EDUCATION,
    PAID_EMPLOYMENT,
    MOVED_TO_ANOTHER_LA,
    NO_LONGER_ENGAGES,
    LEFT_ENGLAND,
    DECEASED,
    OTHER;

    /**
     * Whether the family can appeal a decision to cease for this reason (CFA s51(2)(f)): not when
     * the child has died, left England, moved to another authority (whose plan it then is, reg 15)
     * or reached the age at which a plan ends.
     */
    public boolean appealable() {
        return this != DECEASED && this != LEFT_ENGLAND && this != MOVED_TO_ANOTHER_LA && this != MAX_AGE;
    }
}
