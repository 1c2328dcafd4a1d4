package uk.ehcworkflow.events.quality;

import java.time.LocalDate;
import java.util.List;
import uk.ehcworkflow.events.common.Agency;

/**
 * An audit of a plan began, against one version of the checklist, whose criteria it lists so the
 * audit reads the same whatever the checklist becomes.
 *
 * @param auditor         the user who audits
 * @param agenciesPresent for a multi-agency audit, who took part; empty otherwise
 * @param criteria        the ids of the checklist version's criteria, each to be scored
 */
public record PlanAuditStarted(String auditId, String planId, AuditedVersion audited, AuditorKind auditorKind, String auditor,
                               List<Agency> agenciesPresent, String checklistId, int checklistVersion, List<String> criteria,
                               LocalDate startedOn) implements PlanAuditEvent {
}
