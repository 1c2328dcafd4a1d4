package uk.ehcworkflow.events.quality;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * Every criterion scored, the auditor judged the plan as a whole.
 *
 * @param summary the auditor's words, sealed under the child's key (null when there were none)
 */
public record PlanAuditGraded(String auditId, String planId, Grade grade, LocalDate gradedOn, SealedPersonalData summary)
        implements PlanAuditEvent {
}
