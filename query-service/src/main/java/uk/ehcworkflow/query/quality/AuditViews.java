package uk.ehcworkflow.query.quality;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.AuditorKind;
import uk.ehcworkflow.events.quality.ChecklistSection;
import uk.ehcworkflow.events.quality.Criterion;
import uk.ehcworkflow.events.quality.Grade;
import uk.ehcworkflow.events.quality.Score;
import uk.ehcworkflow.query.assessment.SealedDetails;

/**
 * An audit as casework reads it, in the API and on the plan's pages (ADR 50): each criterion with
 * its section and words from the checklist version the audit used, and the auditors' words opened
 * from their seal. Whoever asks records the read: reading them is reading the child's record.
 */
@Component
public class AuditViews {

    /** What stands for words sealed under a key since erased. */
    static final String ERASED = "Not known (erased)";

    /** A criterion of the audit's checklist version, its section and words, and how it was scored; unscored, a null score. */
    public record CriterionView(String criterionId, String section, String text, Score score, String comment) {
    }

    public record ActionView(String actionId, String action, String owner, LocalDate dueBy, LocalDate doneOn) {
    }

    public record AuditView(String auditId, String planId, AuditedVersion audited, AuditorKind auditorKind, String auditor,
                            List<Agency> agenciesPresent, String checklistId, int checklistVersion, LocalDate startedOn,
                            List<CriterionView> criteria, Grade grade, LocalDate gradedOn, String summary, List<ActionView> actions,
                            LocalDate closedOn, String reAuditId) {
    }

    private final ChecklistReader checklists;
    private final SealedDetails sealed;

    AuditViews(ChecklistReader checklists, SealedDetails sealed) {
        this.checklists = checklists;
        this.sealed = sealed;
    }

    public AuditView view(PlanAuditRecord audit) {
        Map<String, Criterion> criteria = new HashMap<>();
        Map<String, String> sections = new HashMap<>();
        checklists.version(audit.checklistVersion()).ifPresent(version -> {
            for (ChecklistSection section : version.sections()) {
                section.criteria().forEach(criterion -> {
                    criteria.put(criterion.id(), criterion);
                    sections.put(criterion.id(), section.title());
                });
            }
        });
        List<CriterionView> scoredCriteria = audit.criteria().stream().map(id -> {
            PlanAuditRecord.Scored scored = audit.scores().get(id);
            String text = criteria.containsKey(id) ? criteria.get(id).text() : id;
            return new CriterionView(id, sections.get(id), text, scored == null ? null : scored.score(),
                    scored == null ? null : words(scored.comment()));
        }).toList();
        List<ActionView> actions = audit.actions().stream().map(action -> new ActionView(action.actionId(),
                words(action.action()), action.owner(), action.dueBy(), action.doneOn())).toList();
        return new AuditView(audit.auditId(), audit.planId(), audit.audited(), audit.auditorKind(), audit.auditor(),
                audit.agenciesPresent(), audit.checklistId(), audit.checklistVersion(), audit.startedOn(), scoredCriteria,
                audit.grade(), audit.gradedOn(), words(audit.summary()), actions, audit.closedOn(), audit.reAuditId());
    }

    private String words(SealedPersonalData words) {
        return words == null ? null : sealed.open(words).map(opened -> opened.path("text").asText()).orElse(ERASED);
    }
}
