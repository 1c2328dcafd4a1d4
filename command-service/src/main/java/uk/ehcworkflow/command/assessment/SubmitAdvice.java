package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an agency gave the advice it was asked for. */
public record SubmitAdvice(
        @TargetAggregateIdentifier String assessmentId, String adviceRequestId, LocalDate submittedOn, String summary) {
}
