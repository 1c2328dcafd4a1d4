package uk.ehcworkflow.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.readmodel.Recording;

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

    /**
     * Folds a record's own events of {@code type}, as recorded by the instant, into {@code fold}: a
     * read model rebuilt from the store rather than read from the read store.
     */
    public <E> void replay(String aggregateId, Instant instant, Class<E> type, BiConsumer<E, Recording> fold) {
        for (DomainEventMessage<?> event : recordedBy(aggregateId, instant)) {
            if (type.isInstance(event.getPayload())) {
                fold.accept(type.cast(event.getPayload()), Recording.of(event));
            }
        }
    }

    public List<DomainEventMessage<?>> recordedBy(String aggregateId, Instant instant) {
        return events.readEvents(aggregateId).asStream()
                .takeWhile(event -> !event.getTimestamp().isAfter(instant))
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
    }
}
