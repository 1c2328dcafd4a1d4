package uk.ehcworkflow.events.assessment;

/** Who asked the local authority for the assessment (CFA 2014 s36(1)). */
public enum RequestSource {
    PARENT,
    YOUNG_PERSON,
    SCHOOL,
    OTHER
}
