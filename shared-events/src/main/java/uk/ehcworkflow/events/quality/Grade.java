package uk.ehcworkflow.events.quality;

/** An audit's overall judgement of a plan, on the four-point scale inspection-style audits use. */
public enum Grade {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE
}
