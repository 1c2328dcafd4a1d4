package uk.ehcworkflow.query.audit;

import uk.ehcworkflow.events.quality.AuditActionAgreed;
import uk.ehcworkflow.events.quality.AuditActionDone;
import uk.ehcworkflow.events.quality.ChecklistEvent;
import uk.ehcworkflow.events.quality.ChecklistPublished;
import uk.ehcworkflow.events.quality.CriterionScored;
import uk.ehcworkflow.events.quality.PlanAuditClosed;
import uk.ehcworkflow.events.quality.PlanAuditEvent;
import uk.ehcworkflow.events.quality.PlanAuditGraded;
import uk.ehcworkflow.events.quality.PlanAuditStarted;

/** The audit trail's words for plan-quality events (ADR 50): what an auditor of the audits reads. */
final class QualityDescriptions {

    private QualityDescriptions() {
    }

    static EventDescriptions.Described describe(PlanAuditEvent event) {
        if (event instanceof PlanAuditStarted e) {
            return new EventDescriptions.Described(e.startedOn(), "Audit of plan " + e.planId() + " (" + e.audited()
                    + ") started by a " + e.auditorKind() + " auditor" + (e.agenciesPresent().isEmpty() ? "" : " with "
                    + e.agenciesPresent()) + ", against checklist " + e.checklistId() + " version " + e.checklistVersion()
                    + " (" + e.criteria().size() + " criteria)");
        } else if (event instanceof CriterionScored e) {
            return new EventDescriptions.Described(null, "Criterion " + e.criterionId() + " scored " + e.score());
        } else if (event instanceof PlanAuditGraded e) {
            return new EventDescriptions.Described(e.gradedOn(), "Plan graded " + e.grade());
        } else if (event instanceof AuditActionAgreed e) {
            return new EventDescriptions.Described(null, "Action " + e.actionId() + " agreed, due by " + e.dueBy());
        } else if (event instanceof AuditActionDone e) {
            return new EventDescriptions.Described(e.doneOn(), "Action " + e.actionId() + " done");
        }
        PlanAuditClosed e = (PlanAuditClosed) event;
        return new EventDescriptions.Described(e.closedOn(), "Audit closed"
                + (e.reAuditId() == null ? ", its actions done" : ": the plan audited again by " + e.reAuditId()));
    }

    static EventDescriptions.Described describe(ChecklistEvent event) {
        ChecklistPublished e = (ChecklistPublished) event;
        return new EventDescriptions.Described(null, "Checklist " + e.checklistId() + " version " + e.version() + " published: "
                + e.sections().size() + " sections");
    }
}
