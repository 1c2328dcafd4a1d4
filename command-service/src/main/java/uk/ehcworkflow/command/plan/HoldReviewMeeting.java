package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an annual review meeting was held. */
public record HoldReviewMeeting(@TargetAggregateIdentifier PlanId plan, LocalDate heldOn) {
}
