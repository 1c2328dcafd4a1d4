package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the draft of the re-assessed plan was served on the family. */
public record ServeReassessmentDraft(@TargetAggregateIdentifier PlanId plan, String reassessmentId, LocalDate servedOn) {
}
