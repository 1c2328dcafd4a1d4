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
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.readmodel.DerivedDifference;
import uk.ehcworkflow.query.readmodel.RebuildableProjection;

/**
 * Compares, aggregate by aggregate, how many events the store holds and how many a read model absorbed;
 * and, record by record, whether what a read model derives from each record (its open deadlines) is
 * what the record owes.
 */
@Component
class Reconciler {

    private static final int MOST_DIFFERENCES_LISTED = 100;

    /** One aggregate whose counts differ. */
    public record Difference(String aggregateId, long inStore, long inReadModel) {
    }

    /**
     * The comparison. A read model that is still catching up shows differences that disappear by
     * themselves; {@code eventsScanned} against the head says how far the store was read.
     *
     * @param differing how many aggregates' counts differ, and records whose derived entries do
     * @param derived   records whose derived entries (their open deadlines) are not those they owe
     */
    public record Reconciliation(String projection, long eventsScanned, long aggregatesInStore, long aggregatesInReadModel,
                          long differing, boolean matches, List<Difference> differences, List<DerivedDifference> derived) {
    }

    private final EventStore events;

    Reconciler(EventStore events) {
        this.events = events;
    }

    Reconciliation reconcile(RebuildableProjection projection, long head) throws InterruptedException {
        return reconcile(List.of(projection), head).get(0);
    }

    /**
     * Each projection against the store, from one read of the store for all of them. Cases go on
     * being logged meanwhile, so each read model is held between two counts of the store: the one
     * up to {@code head}, which every read model had reached before it was read (fewer events than
     * that: skipped), and the one up to the head after it was read (more than that: events the
     * store does not hold). Between the two is a read model that took in newer events.
     */
    List<Reconciliation> reconcile(List<RebuildableProjection> projections, long head) throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            StoreCount store = new StoreCount(stream);
            store.upTo(head);
            long scanned = store.scanned;
            List<Map<String, Long>> atHead = new ArrayList<>();
            List<Map<String, Long>> models = new ArrayList<>();
            List<List<DerivedDifference>> derived = new ArrayList<>();
            for (RebuildableProjection projection : projections) {
                atHead.add(store.of(projection));
                models.add(projection.eventsPerAggregate());
                derived.add(projection.derivedDifferences(atHead.get(atHead.size() - 1)));
            }
            TrackingToken now = events.createHeadToken();
            store.upTo(now == null ? head : now.position().orElse(head));
            List<Reconciliation> reconciliations = new ArrayList<>();
            for (int i = 0; i < projections.size(); i++) {
                reconciliations.add(compare(projections.get(i).name(), scanned, atHead.get(i),
                        store.of(projections.get(i)), models.get(i), derived.get(i)));
            }
            return reconciliations;
        }
    }

    private static Reconciliation compare(String projection, long scanned, Map<String, Long> atHead,
                                          Map<String, Long> afterwards, Map<String, Long> inReadModel,
                                          List<DerivedDifference> derived) {
        Set<String> all = new HashSet<>(atHead.keySet());
        all.addAll(inReadModel.keySet());
        List<Difference> differences = new ArrayList<>();
        Set<String> differingIds = new HashSet<>();
        for (String aggregateId : all) {
            long least = atHead.getOrDefault(aggregateId, 0L);
            long most = afterwards.getOrDefault(aggregateId, 0L);
            long model = inReadModel.getOrDefault(aggregateId, 0L);
            if (model < least || model > most) {
                differingIds.add(aggregateId);
                if (differences.size() < MOST_DIFFERENCES_LISTED) {
                    differences.add(new Difference(aggregateId, model < least ? least : most, model));
                }
            }
        }
        // a record whose events differ owes other deadlines too: it is one difference, not two
        List<DerivedDifference> onlyDerived = derived.stream().filter(each -> !differingIds.contains(each.recordId())).toList();
        long differing = differingIds.size() + onlyDerived.size();
        return new Reconciliation(projection, scanned, atHead.size(), inReadModel.size(), differing,
                differing == 0, differences, onlyDerived.stream().limit(MOST_DIFFERENCES_LISTED).toList());
    }

    /** Events per aggregate type and aggregate, counted from the start of the store as far as asked. */
    private static final class StoreCount {
        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final Map<String, Map<String, Long>> byType = new HashMap<>();
        private long position;
        private long scanned;

        StoreCount(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        void upTo(long head) throws InterruptedException {
            while (position < head && stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                position = event.trackingToken().position().orElse(position + 1);
                scanned++;
                if (event instanceof DomainEventMessage<?> domain && domain.getType() != null) {
                    byType.computeIfAbsent(domain.getType(), type -> new HashMap<>())
                            .merge(domain.getAggregateIdentifier(), 1L, Long::sum);
                }
            }
        }

        /** A copy of the counts so far of the aggregates the projection reads (every type's for null). */
        Map<String, Long> of(RebuildableProjection projection) {
            Map<String, Long> counts = new HashMap<>();
            byType.forEach((type, perAggregate) -> {
                if (projection.aggregateType() == null || projection.aggregateType().equals(type)) {
                    counts.putAll(perAggregate);
                }
            });
            return counts;
        }
    }
}
