package uk.ehcworkflow.command.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import uk.ehcworkflow.platform.audit.EventChain;
import uk.ehcworkflow.platform.input.StrictJson;

/**
 * Walks every event of a store being restored, in the order it was stored, and checks each
 * aggregate's hash chain, as the auditors' whole-store verification does: a backup whose events
 * were altered, lost or reordered is not put in place. Events are read as the services read them:
 * Axon's JDBC engine, with the JSON mapper Spring Boot builds for the services (and any upcaster
 * the services gain must be added here too).
 */
final class ChainCheck {

    /** The first link that does not hold, or none. */
    record Outcome(long events, long aggregates, String brokenAggregate, long brokenSequence, String problem) {
        boolean intact() {
            return problem == null;
        }
    }

    private ChainCheck() {
    }

    static Outcome verify(Connection store, LongConsumer progress) {
        Jackson2ObjectMapperBuilder builder = Jackson2ObjectMapperBuilder.json();
        StrictJson.customizer().customize(builder);
        ObjectMapper json = builder.build();
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
        Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) ->
                        method.getName().equals("close") ? null : method.invoke(store, args));
        ConnectionProvider connections = () -> unclosable;
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder().connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE).eventSerializer(serializer).snapshotSerializer(serializer)
                .batchSize(1_000).build();
        Map<String, EventChain.Link> chains = new HashMap<>();
        long events = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> all = stream.iterator();
            while (all.hasNext()) {
                TrackedEventMessage<?> event = all.next();
                events++;
                if (events % 10_000 == 0) {
                    progress.accept(events);
                }
                if (!(event instanceof DomainEventMessage<?> domain)) {
                    continue;
                }
                String problem;
                try {
                    problem = chains.computeIfAbsent(domain.getAggregateIdentifier(), id -> new EventChain.Link())
                            .check(domain.getAggregateIdentifier(), domain.getSequenceNumber(),
                                    domain.getPayloadType().getName(), domain.getTimestamp(), domain.getPayload(),
                                    domain.getMetaData());
                } catch (RuntimeException unreadable) {
                    problem = "the stored event cannot be read: " + unreadable.getClass().getSimpleName();
                }
                if (problem != null) {
                    return new Outcome(events, chains.size(), domain.getAggregateIdentifier(), domain.getSequenceNumber(),
                            problem);
                }
            }
        }
        return new Outcome(events, chains.size(), null, -1, null);
    }
}
