package uk.ehcworkflow.events.quality;

/** An event in the life of one audit of a plan's quality. */
public sealed interface PlanAuditEvent
        permits PlanAuditStarted, CriterionScored, PlanAuditGraded, AuditActionAgreed, AuditActionDone, PlanAuditClosed {

    String auditId();

    /** The plan audited: for a plan issued here, its case's id, which a draft's audit names too. */
    String planId();
}
