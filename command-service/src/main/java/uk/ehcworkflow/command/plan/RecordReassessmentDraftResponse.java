package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.assessment.DraftResponse;

/** Record the family's answer to the re-assessment's draft. */
public record RecordReassessmentDraftResponse(@TargetAggregateIdentifier PlanId plan, String reassessmentId,
                                              LocalDate receivedOn, DraftResponse requests) {
}
