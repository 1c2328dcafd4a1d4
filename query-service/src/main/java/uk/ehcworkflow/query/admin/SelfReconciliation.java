package uk.ehcworkflow.query.admin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.readmodel.RebuildableProjection;

/**
 * Reconciles every read model with the event store by itself, once the read models have caught up
 * after start and then every {@code ehc.read-models.reconcile-interval}, and repairs what differs by
 * rebuilding that read model. A difference must be seen twice, the second time after the read models
 * caught up again, before it is repaired: under load a read model is always a moment behind.
 */
@Component
class SelfReconciliation {

    private static final Logger log = LoggerFactory.getLogger(SelfReconciliation.class);
    private static final Duration CATCH_UP_WAIT = Duration.ofSeconds(30);

    /** One read model's last reconciliation. */
    record Outcome(Instant at, long eventsScanned, long differing, boolean repairing) {
    }

    private final ProjectionRebuilds rebuilds;
    private final Reconciler reconciler;
    private final Clock clock;
    private final Duration interval;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private volatile Instant lastRun;

    SelfReconciliation(ProjectionRebuilds rebuilds, Reconciler reconciler, Clock clock, MeterRegistry meters,
                       @Value("${ehc.read-models.reconcile-interval}") Duration interval) {
        this.rebuilds = rebuilds;
        this.reconciler = reconciler;
        this.clock = clock;
        this.interval = interval;
        this.meters = meters;
        for (RebuildableProjection projection : rebuilds.projections()) {
            Gauge.builder("ehc.read_models.differing_aggregates", outcomes,
                            all -> all.containsKey(projection.name()) ? all.get(projection.name()).differing() : 0)
                    .description("Aggregates whose event count in the read model differed from the store's at the last reconciliation")
                    .tag("projection", projection.name()).register(meters);
        }
    }

    Map<String, Outcome> outcomes() {
        return Map.copyOf(outcomes);
    }

    /** Looks every few seconds whether a reconciliation is due: the first as soon as the read models caught up. */
    @Scheduled(initialDelay = 5_000, fixedDelay = 5_000)
    void reconcileWhenDue() {
        Instant now = clock.instant();
        if (lastRun != null && now.isBefore(lastRun.plus(interval)) || rebuilds.rebuilding()) {
            return;
        }
        try {
            Long head = caughtUpHead();
            if (head == null) {
                return;
            }
            lastRun = now;
            List<Reconciler.Reconciliation> first = reconciler.reconcile(rebuilds.projections(), head);
            List<RebuildableProjection> differing = first.stream().filter(result -> !result.matches())
                    .map(result -> rebuilds.projection(result.projection())).toList();
            Map<String, Reconciler.Reconciliation> confirmed = Map.of();
            if (!differing.isEmpty()) {
                Long again = caughtUpHead();
                confirmed = again == null ? Map.of() : reconciler.reconcile(differing, again).stream()
                        .filter(result -> !result.matches())
                        .collect(Collectors.toMap(Reconciler.Reconciliation::projection, result -> result));
            }
            for (Reconciler.Reconciliation result : first) {
                Reconciler.Reconciliation repaired = confirmed.get(result.projection());
                outcomes.put(result.projection(), new Outcome(now, result.eventsScanned(),
                        repaired == null ? 0 : repaired.differing(), repaired != null));
                if (repaired != null) {
                    log.warn("Read model '{}' differs from the event store on {} aggregates; rebuilding it",
                            result.projection(), repaired.differing());
                    Counter.builder("ehc.read_models.repairs")
                            .description("Read models rebuilt because reconciliation found them differing from the event store")
                            .tag("projection", result.projection()).register(meters).increment();
                    rebuilds.start(result.projection());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.debug("Reconciliation could not run now (is the command service running?)", e);
        }
    }

    /** The store's head once every read model has reached it, or null if they do not within half a minute. */
    private Long caughtUpHead() throws InterruptedException {
        long head = rebuilds.head();
        Instant deadline = clock.instant().plus(CATCH_UP_WAIT);
        while (clock.instant().isBefore(deadline)) {
            boolean caughtUp = rebuilds.projections().stream().map(projection -> rebuilds.position(projection.name()))
                    .allMatch(position -> Objects.nonNull(position) && position >= head);
            if (caughtUp) {
                return head;
            }
            Thread.sleep(200);
        }
        return null;
    }
}
