package uk.ehcworkflow.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.readstore.RebuildableProjection;

/**
 * The read models' health, in {@code /actuator/health} and as metrics: down while any read model is
 * stuck on an event it cannot apply (it retries that event, never skips it, and the other read
 * models go on; ADR 13), with each read model's position, its last reconciliation, and the last
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
            Gauge.builder("ehc.read_models.stuck", () -> rebuilds.failures(projection.name()).isEmpty() ? 0 : 1)
                    .description("1 while the read model retries an event it cannot apply")
                    .tag("projection", projection.name()).register(meters);
        }
    }

    @Override
    public Health health() {
        Map<String, Object> readModels = new LinkedHashMap<>();
        boolean stuck = false;
        Map<String, SelfReconciliation.Outcome> outcomes = reconciliation.outcomes();
        for (RebuildableProjection projection : rebuilds.projections()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("position", rebuilds.position(projection.name()));
            rebuilds.failures(projection.name()).values().stream().findFirst().ifPresent(failure ->
                    details.put("stuckOn", failure.getClass().getSimpleName()));
            stuck |= details.containsKey("stuckOn");
            details.put("lastReconciliation", outcomes.get(projection.name()));
            readModels.put(projection.name(), details);
        }
        Health.Builder health = stuck ? Health.down() : Health.up();
        return health.withDetail("readModels", readModels).withDetail("rebuilding", rebuilds.rebuilding())
                .withDetail("storeHistory", history.last()).build();
    }
}
