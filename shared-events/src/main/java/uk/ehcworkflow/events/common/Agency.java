package uk.ehcworkflow.events.common;

/** An agency that gives advice for an EHC needs assessment (SEND Regulations 2014, reg 6(1)). */
public enum Agency {
    EDUCATIONAL_PSYCHOLOGY,
    HEALTH,
    SOCIAL_CARE,
    EDUCATION,
    OTHER;

    /** Educational, medical, psychological and social care advice: reg 6(1)(b)-(e) requires all four in every assessment. */
    public boolean requiredInEveryAssessment() {
        return this != OTHER;
    }
}
