package uk.ehcworkflow.query.audit;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializationException;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.audit.EventChain;

/** Recomputes an aggregate's hash chain from the stored events and names the first broken link. */
@Component
public class ChainVerifier {

    /** Where a chain breaks, and how. */
    public record BrokenLink(String aggregateId, long sequenceNumber, String eventIdentifier, String type,
                             Instant recordedAt, String problem) {
    }

    /** The outcome for one aggregate. */
    public record Verification(String aggregateId, long events, boolean intact, BrokenLink firstBrokenLink) {
    }

    private final EventStore events;

    public ChainVerifier(EventStore events) {
        this.events = events;
    }

    public Verification verify(String aggregateId) {
        Link chain = new Link();
        long count = 0;
        DomainEventStream stream = events.readEvents(aggregateId);
        while (true) {
            DomainEventMessage<?> event;
            try {
                if (!stream.hasNext()) {
                    break;
                }
                event = stream.next();
            } catch (SerializationException unreadable) {
                // Only an event that cannot be read breaks the chain; a store that cannot be reached says nothing of it.
                return new Verification(aggregateId, count, false, new BrokenLink(aggregateId, count, null, null, null,
                        "the stored event cannot be read: " + unreadable.getClass().getSimpleName()));
            }
            count++;
            BrokenLink broken = chain.check(event);
            if (broken != null) {
                return new Verification(aggregateId, count, false, broken);
            }
        }
        return new Verification(aggregateId, count, count > 0, null);
    }

    /** The state of one aggregate's chain while its events are checked in order. */
    static final class Link {
        private final EventChain.Link chain = new EventChain.Link();

        /** Checks the next event of the chain; null when it is sound. */
        BrokenLink check(DomainEventMessage<?> event) {
            String problem = chain.check(event.getAggregateIdentifier(), event.getSequenceNumber(),
                    event.getPayloadType().getName(), event.getTimestamp(), event.getPayload(), event.getMetaData());
            return problem == null ? null : broken(event, problem);
        }

        private static BrokenLink broken(DomainEventMessage<?> event, String problem) {
            return new BrokenLink(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getIdentifier(),
                    event.getPayloadType().getSimpleName(), event.getTimestamp(), problem);
        }
    }
}
