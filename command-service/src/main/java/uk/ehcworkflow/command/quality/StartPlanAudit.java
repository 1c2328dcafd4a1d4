package uk.ehcworkflow.command.quality;

import java.time.LocalDate;
import java.util.List;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.AuditorKind;

/** Begin auditing a plan (or its draft) against the checklist as it now stands. */
public record StartPlanAudit(String auditId, String planId, AuditedVersion audited, AuditorKind auditorKind,
                             List<Agency> agenciesPresent, LocalDate startedOn) {
}
