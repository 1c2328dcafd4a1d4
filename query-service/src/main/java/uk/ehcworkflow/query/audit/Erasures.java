package uk.ehcworkflow.query.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.assessment.PersonalDataErased;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.plan.PlanPersonalDataErased;

/**
 * Who erased a child's personal data from a case or a registered plan, when and why, read from
 * the record's own events: the page that says "Erased" says it from what is stored, at once,
 * not from a read model that may not have caught up.
 */
@Component
public class Erasures {

    /** An erasure as the record's page tells it. */
    public record Erasure(String erasedBy, LocalDate erasedOn, String reason) {
    }

    private final EventStore events;

    Erasures(EventStore events) {
        this.events = events;
    }

    public Optional<Erasure> of(String aggregateId, ZoneId zone) {
        Erasure found = null;
        DomainEventStream stream = events.readEvents(aggregateId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            String reason = event.getPayload() instanceof PersonalDataErased erased ? erased.reason()
                    : event.getPayload() instanceof PlanPersonalDataErased erased ? erased.reason() : null;
            if (reason != null) {
                Object user = event.getMetaData().get(ActorMetadata.USER);
                found = new Erasure(user == null ? "" : user.toString(), event.getTimestamp().atZone(zone).toLocalDate(), reason);
            }
        }
        return Optional.ofNullable(found);
    }
}
