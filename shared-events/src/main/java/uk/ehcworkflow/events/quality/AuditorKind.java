package uk.ehcworkflow.events.quality;

/** Who audits: a fellow coordinator, a manager, or education, health and care together. */
public enum AuditorKind {
    PEER, MANAGER, MULTI_AGENCY
}
