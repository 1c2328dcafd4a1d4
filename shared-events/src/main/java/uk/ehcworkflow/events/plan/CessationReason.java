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
    OTHER
}
