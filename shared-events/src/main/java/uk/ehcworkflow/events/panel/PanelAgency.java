package uk.ehcworkflow.events.panel;

/** Who sits on a SEND panel: the advice-giving agencies, the local authority and parent carers. */
public enum PanelAgency {
    EDUCATIONAL_PSYCHOLOGY,
    HEALTH,
    SOCIAL_CARE,
    EDUCATION,
    OTHER,
    LOCAL_AUTHORITY,
    PARENT_CARER_FORUM
}
