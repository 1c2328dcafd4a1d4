package uk.ehcworkflow.command.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import uk.ehcworkflow.events.common.ChainMetadata;
import uk.ehcworkflow.platform.audit.EventChain;

/**
 * Stamps each event, before it is stored, with the hash of the event before it in its
 * aggregate's stream and its own hash. The previous hash is read back from the store (one row
 * by aggregate and sequence number), so aggregates carry no chain state of their own.
 */
class EventChainStamp implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String LAST_HASHES = EventChainStamp.class.getName();

    private final EventStore store;

    EventChainStamp(EventStore store) {
        this.store = store;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> message instanceof DomainEventMessage<?> event ? stamp(event) : message;
    }

    private EventMessage<?> stamp(DomainEventMessage<?> event) {
        Map<String, String> lastHashes = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(LAST_HASHES, key -> new HashMap<>())
                : new HashMap<>();
        String aggregateId = event.getAggregateIdentifier();
        String previous = lastHashes.containsKey(aggregateId) ? lastHashes.get(aggregateId) : previousInStore(event);
        String hash = EventChain.hash(previous, aggregateId, event.getSequenceNumber(), event.getPayloadType().getName(),
                event.getTimestamp(), event.getPayload(), event.getMetaData());
        lastHashes.put(aggregateId, hash);
        return event.andMetaData(Map.of(ChainMetadata.PREVIOUS_HASH, previous, ChainMetadata.HASH, hash));
    }

    private String previousInStore(DomainEventMessage<?> event) {
        if (event.getSequenceNumber() == 0) {
            return ChainMetadata.GENESIS;
        }
        DomainEventStream stream = store.readEvents(event.getAggregateIdentifier(), event.getSequenceNumber() - 1);
        if (!stream.hasNext()) {
            throw new IllegalStateException("The event before sequence " + event.getSequenceNumber() + " of "
                    + event.getAggregateIdentifier() + " is missing from the store");
        }
        Object hash = stream.next().getMetaData().get(ChainMetadata.HASH);
        return hash == null ? ChainMetadata.GENESIS : hash.toString();
    }
}
