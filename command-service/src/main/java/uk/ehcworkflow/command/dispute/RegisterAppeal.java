package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.dispute.AppealGround;

/**
 * Record that the family's appeal reached the tribunal.
 *
 * @param receivedOn   the day the tribunal received it, on which lateness is judged
 * @param registeredOn the day the tribunal registered it, when known
 */
public record RegisterAppeal(@TargetAggregateIdentifier String disputeId, LocalDate receivedOn, LocalDate registeredOn,
                             List<AppealGround> grounds) {
}
