package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.assessment.DraftResponse;

/** Record the family's answer to the proposed amendments. */
public record RecordAmendmentResponse(@TargetAggregateIdentifier PlanId plan, LocalDate receivedOn, DraftResponse requests) {
}
