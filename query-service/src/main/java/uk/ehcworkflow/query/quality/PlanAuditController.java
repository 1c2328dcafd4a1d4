package uk.ehcworkflow.query.quality;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.AuditorKind;
import uk.ehcworkflow.events.quality.Criterion;
import uk.ehcworkflow.events.quality.Grade;
import uk.ehcworkflow.events.quality.Score;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.assessment.SealedDetails;
import uk.ehcworkflow.query.audit.AccessLog;

/**
 * Audits of a plan's quality as casework reads them (ADR 50), the auditors' words opened: reading
 * them is reading the child's record, so each read is recorded.
 */
@RestController
class PlanAuditController {

    /** What stands for words sealed under a key since erased. */
    static final String ERASED = "Not known (erased)";

    private final PlanAuditReader audits;
    private final ChecklistReader checklists;
    private final SealedDetails sealed;
    private final AccessLog accessLog;

    PlanAuditController(PlanAuditReader audits, ChecklistReader checklists, SealedDetails sealed, AccessLog accessLog) {
        this.audits = audits;
        this.checklists = checklists;
        this.sealed = sealed;
        this.accessLog = accessLog;
    }

    /** A criterion of the audit's checklist version, its words, and how it was scored; unscored, a null score. */
    record CriterionView(String criterionId, String text, Score score, String comment) {
    }

    record ActionView(String actionId, String action, String owner, LocalDate dueBy, LocalDate doneOn) {
    }

    record AuditView(String auditId, String planId, AuditedVersion audited, AuditorKind auditorKind, String auditor,
                     List<Agency> agenciesPresent, String checklistId, int checklistVersion, LocalDate startedOn,
                     List<CriterionView> criteria, Grade grade, LocalDate gradedOn, String summary, List<ActionView> actions,
                     LocalDate closedOn, String reAuditId) {
    }

    @GetMapping("/api/plans/{planId}/audits")
    List<AuditView> ofPlan(@PathVariable String planId, HttpServletRequest request) {
        List<PlanAuditRecord> found = audits.ofPlan(planId);
        if (!found.isEmpty()) {
            accessLog.caseViewed(planId, "plan quality audits", request);
        }
        return found.stream().map(this::view).toList();
    }

    @GetMapping("/api/audits/{auditId}")
    AuditView one(@PathVariable String auditId, HttpServletRequest request) {
        PlanAuditRecord audit = audits.current(auditId);
        if (audit == null) {
            throw new NotFoundException("No audit " + auditId + " is known (yet) to the read side.");
        }
        accessLog.caseViewed(audit.planId(), "plan quality audit", request);
        return view(audit);
    }

    private AuditView view(PlanAuditRecord audit) {
        Map<String, String> texts = checklists.version(audit.checklistVersion()).stream()
                .flatMap(version -> version.sections().stream()).flatMap(section -> section.criteria().stream())
                .collect(Collectors.toMap(Criterion::id, Criterion::text));
        List<CriterionView> criteria = audit.criteria().stream().map(criterion -> {
            PlanAuditRecord.Scored scored = audit.scores().get(criterion);
            return scored == null ? new CriterionView(criterion, texts.get(criterion), null, null)
                    : new CriterionView(criterion, texts.get(criterion), scored.score(), words(scored.comment()));
        }).toList();
        List<ActionView> actions = audit.actions().stream().map(action -> new ActionView(action.actionId(),
                words(action.action()), action.owner(), action.dueBy(), action.doneOn())).toList();
        return new AuditView(audit.auditId(), audit.planId(), audit.audited(), audit.auditorKind(), audit.auditor(),
                audit.agenciesPresent(), audit.checklistId(), audit.checklistVersion(), audit.startedOn(), criteria, audit.grade(),
                audit.gradedOn(), words(audit.summary()), actions, audit.closedOn(), audit.reAuditId());
    }

    private String words(SealedPersonalData words) {
        return words == null ? null : sealed.open(words).map(opened -> opened.path("text").asText()).orElse(ERASED);
    }
}
