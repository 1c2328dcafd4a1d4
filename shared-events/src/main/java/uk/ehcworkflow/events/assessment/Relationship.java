package uk.ehcworkflow.events.assessment;

/** Who in the family an invitation is for: the people the regulations send notices to and hear from. */
public enum Relationship {
    /** The child's parent (CFA s83: anyone with parental responsibility or who cares for them). */
    PARENT,
    /** Someone caring for the child who is not their parent, named as such on the case. */
    CARER,
    /** The young person themselves, over compulsory school age (CFA s83(2)). */
    YOUNG_PERSON
}
