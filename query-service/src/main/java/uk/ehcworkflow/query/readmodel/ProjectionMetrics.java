package uk.ehcworkflow.query.readmodel;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import uk.ehcworkflow.platform.metrics.Buckets;

/**
 * How far behind the events each read model is, as a histogram per projection: the time from an
 * event's being stored to its read model's batch being written. A histogram, unlike Axon's own
 * gauges and quantiles, adds up across instances; and it keeps nothing per event, which during a
 * rebuild of a million events matters.
 */
@Configuration
class ProjectionMetrics {

    @Autowired
    void measureLag(EventProcessingConfigurer processing, List<RebuildableProjection> projections, MeterRegistry meters,
                    Clock clock) {
        for (RebuildableProjection projection : projections) {
            Timer lag = Timer.builder("ehc.projection.lag")
                    .description("Time from an event's being stored to its read model's being written, by projection")
                    .serviceLevelObjectives(Buckets.LAG)
                    .tag("projection", projection.name())
                    .register(meters);
            processing.registerMessageMonitor(projection.name(), configuration -> new Lag(lag, clock));
        }
    }

    private record Lag(Timer lag, Clock clock) implements MessageMonitor<Message<?>> {

        @Override
        public MonitorCallback onMessageIngested(Message<?> message) {
            if (!(message instanceof EventMessage<?> event)) {
                return NoOpMessageMonitorCallback.INSTANCE;
            }
            return new MonitorCallback() {
                @Override
                public void reportSuccess() {
                    lag.record(Duration.between(event.getTimestamp(), clock.instant()).abs());
                }

                @Override
                public void reportFailure(Throwable cause) {
                    // A failed batch is retried; its lag is measured when it succeeds.
                }

                @Override
                public void reportIgnored() {
                    reportSuccess();
                }
            };
        }
    }
}
