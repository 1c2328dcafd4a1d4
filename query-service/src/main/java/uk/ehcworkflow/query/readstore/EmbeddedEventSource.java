package uk.ehcworkflow.query.readstore;

import java.time.Duration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The embedded default's event source: the command service's H2 event store, read over JDBC.
 * Events appended by the other process are found only by polling, and Axon polls once a second
 * by default, which would make every read model up to a second late; this polls more often
 * (an indexed query on the global index). In production Axon Server pushes events instead.
 */
@Configuration
@Profile("!production")
class EmbeddedEventSource {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ConnectionProvider connections, TransactionManager transactions) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .build();
    }

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine engine, @Value("${ehc.event-store.poll-interval}") Duration poll) {
        return EmbeddedEventStore.builder().storageEngine(engine).fetchDelay(poll.toMillis()).build();
    }
}
