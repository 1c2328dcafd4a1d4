package uk.ehcworkflow.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.readmodel.RebuildableProjection;

/**
 * The read models' health, in {@code /actuator/health} and as metrics: down while any read model is
 * stuck on an event it cannot apply (it retries that event, never skips it, and the other read
 * models go on; ADR 13), but not while read models merely wait for the command service to come
 * back, since they go on answering from what they hold; with each read model's position, its last reconciliation, and the last
 * check of the store's history. Figures and names only, never a case.
 */
@Component("readModels")
class ReadModelHealth implements HealthIndicator {

    private final ProjectionRebuilds rebuilds;
    private final SelfReconciliation reconciliation;
    private final StoreHistoryGuard history;

    ReadModelHealth(ProjectionRebuilds rebuilds, SelfReconciliation reconciliation, StoreHistoryGuard history,
                    MeterRegistry meters) {
        this.rebuilds = rebuilds;
        this.reconciliation = reconciliation;
        this.history = history;
        for (RebuildableProjection projection : rebuilds.projections()) {
            Gauge.builder("ehc.read_models.stuck", () -> stuckOn(projection.name()) == null ? 0 : 1)
                    .description("1 while the read model retries an event it cannot apply")
                    .tag("projection", projection.name()).register(meters);
        }
    }

    /** The failure a read model is stuck on, if it is stuck rather than waiting for the store to come back. */
    private Throwable stuckOn(String projection) {
        return rebuilds.failures(projection).values().stream().filter(failure -> !StoreReachability.unreachable(failure))
                .findFirst().orElse(null);
    }

    @Override
    public Health health() {
        Map<String, Object> readModels = new LinkedHashMap<>();
        boolean stuck = false;
        Map<String, SelfReconciliation.Outcome> outcomes = reconciliation.outcomes();
        for (RebuildableProjection projection : rebuilds.projections()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("position", rebuilds.position(projection.name()));
            Throwable stuckOn = stuckOn(projection.name());
            if (stuckOn != null) {
                details.put("stuckOn", stuckOn.getClass().getSimpleName());
                stuck = true;
            } else if (!rebuilds.failures(projection.name()).isEmpty()) {
                details.put("waitingForEventStore", true);
            }
            details.put("lastReconciliation", outcomes.get(projection.name()));
            readModels.put(projection.name(), details);
        }
        Health.Builder health = stuck ? Health.down() : Health.up();
        return health.withDetail("readModels", readModels).withDetail("rebuilding", rebuilds.rebuilding())
                .withDetail("storeHistory", history.last()).build();
    }
}
