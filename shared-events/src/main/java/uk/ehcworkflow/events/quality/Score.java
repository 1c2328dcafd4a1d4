package uk.ehcworkflow.events.quality;

/** How far a plan meets one criterion of the checklist. */
public enum Score {
    MET, PARTLY_MET, NOT_MET
}
