package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.command.common.ExceptionClaim;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.StatutoryException;

/**
 * Excuse a re-assessment's 14 weeks by a permitted exception (reg 27(3)), with its evidence. It
 * takes the body an assessment's exception takes, so {@code deadline} must name the final plan:
 * the re-assessment's, {@link Deadline#REASSESSED_PLAN}.
 */
public record ExcuseReassessmentDeadline(@TargetAggregateIdentifier PlanId plan, String reassessmentId, Deadline deadline,
                                         StatutoryException reason, String adviceRequestId, LocalDate from, LocalDate to,
                                         String note) implements ExceptionClaim {
}
