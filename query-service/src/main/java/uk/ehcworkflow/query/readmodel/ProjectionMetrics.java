package uk.ehcworkflow.query.readmodel;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.List;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's metrics for each projection's processor (counts, timings, lag), without its capacity
 * monitor: that keeps every event's processing time of the last ten minutes in memory, which
 * during a rebuild of a million events is millions of entries and more than the service's heap.
 */
@Configuration
class ProjectionMetrics {

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meters) {
        return new GlobalMetricRegistry(meters) {
            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
                    String processor, Function<Message<?>, Iterable<Tag>> tags, Function<Message<?>, Iterable<Tag>> latencyTags) {
                return new MultiMessageMonitor<>(List.of(
                        MessageTimerMonitor.buildMonitor(processor, meters, tags),
                        EventProcessorLatencyMonitor.builder().meterNamePrefix(processor).meterRegistry(meters)
                                .tagsBuilder(latencyTags).build(),
                        MessageCountingMonitor.buildMonitor(processor, meters, tags)));
            }
        };
    }
}
