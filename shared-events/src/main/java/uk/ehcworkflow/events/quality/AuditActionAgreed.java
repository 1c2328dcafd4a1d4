package uk.ehcworkflow.events.quality;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * An action the audit agreed: what is to be done to the plan or the practice, by whom, by when.
 *
 * @param action what is to be done, which may speak of the child: sealed under the child's key
 * @param owner  who does it: a role or a member of staff
 */
public record AuditActionAgreed(String auditId, String planId, String actionId, SealedPersonalData action, String owner,
                                LocalDate dueBy)
        implements PlanAuditEvent {
}
