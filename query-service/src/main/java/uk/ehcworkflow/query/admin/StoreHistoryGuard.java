package uk.ehcworkflow.query.admin;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Notices when the event store's history is no longer the one the read models were built from,
 * and has them rebuilt. That happens when the store is restored from a backup, or loses a tail the
 * read side had already read: the read models then hold events the store lacks, and the positions
 * they had passed are taken by new events that would never be read. Two checks, at start and then
 * every {@code ehc.read-models.history-check}: no processor is past the end of the store, and the
 * witness (an event the read side read earlier, by position and id) is still at its position.
 * The witness is checked before it is replaced, so a history rewritten between two checks is
 * caught by the witness taken before it (ADR 12).
 */
@Component
class StoreHistoryGuard {

    static final String COLLECTION = "read_side_witness";
    private static final Logger log = LoggerFactory.getLogger(StoreHistoryGuard.class);
    private static final String ID = "witness";

    /** What the last check found: whether the store could be reached, and whether its history matched. */
    record Check(Instant at, boolean storeReachable, Boolean historyMatches, String finding) {
    }

    private final ProjectionRebuilds rebuilds;
    private final EventStore events;
    private final ObjectProvider<EventStorageEngine> storageEngine;
    private final MongoCollection<Document> witnesses;
    private final Clock clock;
    private final Counter divergences;
    private volatile Check last;

    StoreHistoryGuard(ProjectionRebuilds rebuilds, EventStore events, ObjectProvider<EventStorageEngine> storageEngine,
                      MongoDatabase readStore, Clock clock, MeterRegistry meters) {
        this.rebuilds = rebuilds;
        this.events = events;
        this.storageEngine = storageEngine;
        this.witnesses = readStore.getCollection(COLLECTION);
        this.clock = clock;
        this.divergences = Counter.builder("ehc.read_models.history_divergences")
                .description("Times the event store's history was found not to be the one the read models were built from")
                .register(meters);
    }

    Check last() {
        return last;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkOnStart() {
        check();
    }

    @Scheduled(initialDelayString = "${ehc.read-models.history-check}", fixedDelayString = "${ehc.read-models.history-check}")
    synchronized void check() {
        if (rebuilds.rebuilding()) {
            return;
        }
        try {
            // Positions before the head: a processor may move on between the two, never the head back.
            long furthest = rebuilds.projections().stream().map(projection -> rebuilds.position(projection.name()))
                    .filter(Objects::nonNull).mapToLong(Long::longValue).max().orElse(0);
            long head = rebuilds.head();
            String finding = divergence(furthest, head);
            last = new Check(clock.instant(), true, finding == null, finding);
            if (finding != null) {
                divergences.increment();
                log.warn("The event store's history is not the one the read models were built from: {}", finding);
                witnesses.deleteOne(new Document("_id", ID));
                rebuilds.rebuildAll("the store's history changed");
            } else {
                renewWitness();
            }
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            last = new Check(clock.instant(), false, null, "the event store could not be reached (is the command service running?)");
            log.debug("The store's history could not be checked now", e);
        }
    }

    private String divergence(long furthest, long head) throws InterruptedException {
        if (furthest > head) {
            return "the read models have read up to position " + furthest + " but the store ends at " + head;
        }
        Document witness = witnesses.find(new Document("_id", ID)).first();
        if (witness == null) {
            return null;
        }
        long position = witness.getLong("position");
        String expected = witness.getString("eventId");
        Optional<String> found = eventIdAt(position);
        if (found.isEmpty()) {
            return "event " + expected + ", read at position " + position + ", is no longer in the store";
        }
        if (!found.get().equals(expected)) {
            return "position " + position + " now holds event " + found.get() + " instead of " + expected + ", read earlier";
        }
        return null;
    }

    /** The witness moves to the position every read model has passed. */
    private void renewWitness() throws InterruptedException {
        long lowest = rebuilds.projections().stream().map(projection -> rebuilds.position(projection.name()))
                .mapToLong(position -> position == null ? 0 : position).min().orElse(0);
        if (lowest > 0) {
            Optional<String> eventId = eventIdAt(lowest);
            if (eventId.isPresent()) {
                witnesses.replaceOne(new Document("_id", ID),
                        new Document("_id", ID).append("position", lowest).append("eventId", eventId.get()),
                        new ReplaceOptions().upsert(true));
            }
        }
    }

    /**
     * The id of the event stored at exactly this position, if there is one. Asked of the storage
     * engine where there is one (the embedded default): the event store's stream may hand out
     * recent events from its cache in the order they arrived, not by position.
     */
    Optional<String> eventIdAt(long position) throws InterruptedException {
        TrackingToken before = events.createHeadToken() instanceof GapAwareTrackingToken
                ? GapAwareTrackingToken.newInstance(position - 1, Collections.emptySortedSet())
                : new GlobalSequenceTrackingToken(position - 1);
        EventStorageEngine storage = storageEngine.getIfAvailable();
        if (storage != null) {
            try (Stream<? extends TrackedEventMessage<?>> stored = storage.readEvents(before, false)) {
                return stored.findFirst().filter(event -> event.trackingToken().position().orElse(-1) == position)
                        .map(TrackedEventMessage::getIdentifier);
            }
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(before)) {
            if (stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (event.trackingToken().position().orElse(-1) == position) {
                    return Optional.of(event.getIdentifier());
                }
            }
            return Optional.empty();
        }
    }
}
