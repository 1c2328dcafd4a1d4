package uk.ehcworkflow.query.quality;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.audit.AccessLog;

/**
 * Audits of a plan's quality as casework reads them (ADR 50), the auditors' words opened: reading
 * them is reading the child's record, so each read is recorded.
 */
@RestController
class PlanAuditController {

    private final PlanAuditReader audits;
    private final AuditViews views;
    private final AccessLog accessLog;

    PlanAuditController(PlanAuditReader audits, AuditViews views, AccessLog accessLog) {
        this.audits = audits;
        this.views = views;
        this.accessLog = accessLog;
    }

    @GetMapping("/api/plans/{planId}/audits")
    List<AuditViews.AuditView> ofPlan(@PathVariable String planId, HttpServletRequest request) {
        List<PlanAuditRecord> found = audits.ofPlan(planId);
        if (!found.isEmpty()) {
            accessLog.caseViewed(planId, "plan quality audits", request);
        }
        return found.stream().map(views::view).toList();
    }

    @GetMapping("/api/audits/{auditId}")
    AuditViews.AuditView one(@PathVariable String auditId, HttpServletRequest request) {
        PlanAuditRecord audit = audits.current(auditId);
        if (audit == null) {
            throw new NotFoundException("No audit " + auditId + " is known (yet) to the read side.");
        }
        accessLog.caseViewed(audit.planId(), "plan quality audit", request);
        return views.view(audit);
    }
}
