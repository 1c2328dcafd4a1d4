package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.dispute.AppealGround;

/** Record that the tribunal registered the family's appeal. */
public record RegisterAppeal(@TargetAggregateIdentifier String disputeId, LocalDate registeredOn,
                             List<AppealGround> grounds) {
}
