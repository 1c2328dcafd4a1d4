package uk.ehcworkflow.query.audit;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** An aggregate's events straight from the event store, as they had been recorded by an instant. */
@Component
public class StoredEvents {

    private final EventStore events;

    StoredEvents(EventStore events) {
        this.events = events;
    }

    public List<DomainEventMessage<?>> all(String aggregateId) {
        return recordedBy(aggregateId, Instant.MAX);
    }

    public List<DomainEventMessage<?>> recordedBy(String aggregateId, Instant instant) {
        return events.readEvents(aggregateId).asStream()
                .takeWhile(event -> !event.getTimestamp().isAfter(instant))
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
    }
}
