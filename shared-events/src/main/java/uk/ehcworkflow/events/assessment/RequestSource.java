package uk.ehcworkflow.events.assessment;

/**
 * Who asked the local authority for the assessment (CFA 2014 s36(1)), or who brought the child
 * to its attention (s24). The return groups them by its own codes: parent and young person
 * together, and each professional by their service.
 */
public enum RequestSource {
    PARENT,
    YOUNG_PERSON,
    SCHOOL,
    HEALTH,
    SOCIAL_CARE,
    OTHER
}
