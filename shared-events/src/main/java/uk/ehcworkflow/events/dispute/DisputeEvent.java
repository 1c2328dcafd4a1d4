package uk.ehcworkflow.events.dispute;

/** An event in one disagreement with a decision: mediation, an appeal, and carrying out what it settled. */
public sealed interface DisputeEvent
        permits DisputeOpened, MediationCertificateIssued, MediationAgreementRecorded, AppealRegistered, AppealNotOpposed,
        AppealDecided, OrderComplied, AgreementComplied, AppealResponseDueStated, MediationRequested,
        OrderExceptionRecorded, DisputeAssigned, DisputeLetterSent {

    String disputeId();

    /** The assessment, or the plan, whose decision is disputed. */
    String caseId();
}
