package uk.ehcworkflow.events.dispute;

/**
 * A step that can be recorded on a dispute: what the dispute aggregate says it would accept next,
 * and the name of the form the dispute's page offers for it. Both sides name steps by this one list.
 */
public enum DisputeStep {
    MEDIATION_REQUESTED, CERTIFICATE, AGREEMENT, APPEAL, RESPONSE_DUE, NOT_OPPOSED, OUTCOME, ORDER_EXCEPTION, ORDER_COMPLIANCE,
    AGREEMENT_COMPLIANCE
}
