package uk.ehcworkflow.command.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.common.caching.Cache;
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
 * aggregate's stream and its own hash. Aggregates carry no chain state of their own: the
 * previous hash is the one this service last stored for the aggregate, or, for an aggregate
 * it has not written lately, read back from the store (one row by aggregate and sequence number).
 */
class EventChainStamp implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String LAST_HASHES = EventChainStamp.class.getName();

    private final EventStore store;
    /** Hashes of events committed to the store, so only an uncommitted command's are ever lost. */
    private final Cache committed;

    EventChainStamp(EventStore store, Cache committed) {
        this.store = store;
        this.committed = committed;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> message instanceof DomainEventMessage<?> event ? stamp(event) : message;
    }

    private EventMessage<?> stamp(DomainEventMessage<?> event) {
        Map<String, Chained> inThisCommand = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(LAST_HASHES, key -> keptOnCommit(new HashMap<>()))
                : new HashMap<>();
        String aggregateId = event.getAggregateIdentifier();
        String previous = previous(event, inThisCommand.getOrDefault(aggregateId, committed.get(aggregateId)));
        String hash = EventChain.hash(previous, aggregateId, event.getSequenceNumber(), event.getPayloadType().getName(),
                event.getTimestamp(), event.getPayload(), event.getMetaData());
        inThisCommand.put(aggregateId, new Chained(event.getSequenceNumber(), hash));
        return event.andMetaData(Map.of(ChainMetadata.PREVIOUS_HASH, previous, ChainMetadata.HASH, hash));
    }

    private Map<String, Chained> keptOnCommit(Map<String, Chained> inThisCommand) {
        CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> inThisCommand.forEach(committed::put));
        return inThisCommand;
    }

    private String previous(DomainEventMessage<?> event, Chained last) {
        if (event.getSequenceNumber() == 0) {
            return ChainMetadata.GENESIS;
        }
        return last != null && last.sequence() == event.getSequenceNumber() - 1 ? last.hash() : previousInStore(event);
    }

    private String previousInStore(DomainEventMessage<?> event) {
        DomainEventStream stream = store.readEvents(event.getAggregateIdentifier(), event.getSequenceNumber() - 1);
        if (!stream.hasNext()) {
            throw new IllegalStateException("The event before sequence " + event.getSequenceNumber() + " of "
                    + event.getAggregateIdentifier() + " is missing from the store");
        }
        Object hash = stream.next().getMetaData().get(ChainMetadata.HASH);
        return hash == null ? ChainMetadata.GENESIS : hash.toString();
    }

    private record Chained(long sequence, String hash) {
    }
}
