package uk.ehcworkflow.events.quality;

import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * A criterion was scored; scoring it again before grading replaces the score.
 *
 * @param comment the auditor's words, which may speak of the child: sealed under the child's key, so erasing it
 *                erases them (null when there were none)
 */
public record CriterionScored(String auditId, String planId, String criterionId, Score score, SealedPersonalData comment)
        implements PlanAuditEvent {
}
