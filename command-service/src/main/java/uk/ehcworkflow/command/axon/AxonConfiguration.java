package uk.ehcworkflow.command.axon;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.ehcworkflow.events.common.ActorMetadata;

/** The write side's Axon wiring: one interceptor for every command, actor metadata onto every event. */
@Configuration
public class AxonConfiguration {

    /** Aggregates kept between commands, so a command does not read its case's whole history again. */
    public static final String AGGREGATE_CACHE = "aggregateCache";

    /** Copies the correlation id of the command onto the events it causes. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Copies who sent the command onto the events it causes. */
    @Bean
    CorrelationDataProvider actorProvider() {
        return new SimpleCorrelationDataProvider(ActorMetadata.USER, ActorMetadata.ROLE, ActorMetadata.AGENCY);
    }

    /**
     * The cases, sittings and actions in use lately, up to {@code ehc.aggregate-cache.size}. Sound
     * with one writer per aggregate, which the embedded default is and Axon Server's consistent
     * routing keeps in production.
     */
    @Bean(AGGREGATE_CACHE)
    Cache aggregateCache(@Value("${ehc.aggregate-cache.size}") int size) {
        return new RecentlyUsed(size);
    }

    /** Axon registers handler interceptor beans on the command bus, local or Axon Server's. */
    @Bean
    CommandOutcomes commandOutcomes(MeterRegistry meters) {
        return new CommandOutcomes(meters);
    }
}
