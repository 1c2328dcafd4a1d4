package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.common.Agency;

/** Record that advice was requested from an agency, starting its 6-week clock. */
public record RequestAdvice(
        @TargetAggregateIdentifier String assessmentId, String adviceRequestId, Agency agency, LocalDate requestedOn) {
}
