package uk.ehcworkflow.events.privacy;

/** A child's sex as the SEN2 return has asked for it since 2024 (M or F). */
public enum Sex {
    MALE,
    FEMALE
}
