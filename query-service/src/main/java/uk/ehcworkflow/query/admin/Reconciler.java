package uk.ehcworkflow.query.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.readstore.RebuildableProjection;

/** Compares, aggregate by aggregate, how many events the store holds and how many a read model absorbed. */
@Component
class Reconciler {

    private static final int MOST_DIFFERENCES_LISTED = 100;

    /** One aggregate whose counts differ. */
    record Difference(String aggregateId, long inStore, long inReadModel) {
    }

    /**
     * The comparison. A read model that is still catching up shows differences that disappear by
     * themselves; {@code eventsScanned} against the head says how far the store was read.
     */
    record Reconciliation(String projection, long eventsScanned, long aggregatesInStore, long aggregatesInReadModel,
                          long differing, boolean matches, List<Difference> differences) {
    }

    private final EventStore events;

    Reconciler(EventStore events) {
        this.events = events;
    }

    Reconciliation reconcile(RebuildableProjection projection, long head) throws InterruptedException {
        return reconcile(List.of(projection), head).get(0);
    }

    /** Each projection against the store, read once up to {@code head} for all of them. */
    List<Reconciliation> reconcile(List<RebuildableProjection> projections, long head) throws InterruptedException {
        Map<String, Map<String, Long>> inStoreByType = new HashMap<>();
        long scanned = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            long position = 0;
            while (position < head && stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                position = event.trackingToken().position().orElse(position + 1);
                scanned++;
                if (event instanceof DomainEventMessage<?> domain && domain.getType() != null) {
                    inStoreByType.computeIfAbsent(domain.getType(), type -> new HashMap<>())
                            .merge(domain.getAggregateIdentifier(), 1L, Long::sum);
                }
            }
        }
        List<Reconciliation> reconciliations = new ArrayList<>();
        for (RebuildableProjection projection : projections) {
            Map<String, Long> inStore = new HashMap<>();
            inStoreByType.forEach((type, counts) -> {
                if (projection.aggregateType() == null || projection.aggregateType().equals(type)) {
                    inStore.putAll(counts);
                }
            });
            reconciliations.add(compare(projection.name(), scanned, inStore, projection.eventsPerAggregate()));
        }
        return reconciliations;
    }

    private static Reconciliation compare(String projection, long scanned, Map<String, Long> inStore,
                                          Map<String, Long> inReadModel) {
        Set<String> all = new HashSet<>(inStore.keySet());
        all.addAll(inReadModel.keySet());
        List<Difference> differences = new ArrayList<>();
        long differing = 0;
        for (String aggregateId : all) {
            long store = inStore.getOrDefault(aggregateId, 0L);
            long model = inReadModel.getOrDefault(aggregateId, 0L);
            if (store != model) {
                differing++;
                if (differences.size() < MOST_DIFFERENCES_LISTED) {
                    differences.add(new Difference(aggregateId, store, model));
                }
            }
        }
        return new Reconciliation(projection, scanned, inStore.size(), inReadModel.size(), differing,
                differing == 0, differences);
    }
}
