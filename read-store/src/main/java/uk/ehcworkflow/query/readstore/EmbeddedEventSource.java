package uk.ehcworkflow.query.readstore;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The embedded default's event source: the command service's H2 event store, read over JDBC at
 * the address that service publishes. Events appended by the other process are found only by
 * polling, and Axon polls once a second by default, which would make every read model up to a
 * second late; this polls more often (an indexed query on the global index). In production Axon
 * Server pushes events instead.
 */
@Configuration
@Profile("!production")
class EmbeddedEventSource {

    /**
     * A case's events are read this many at a time. H2 answers the other process over a socket
     * without TCP_NODELAY, and an answer larger than one loopback segment (64 KB, about 60 events)
     * waits for a delayed acknowledgement (ADR 10). Streams of the whole store read far more at a
     * time instead (see {@code ehc.event-store.read-batch}): one such wait per thousands of events.
     */
    static final int CASE_EVENTS_PER_READ = 32;

    /**
     * A small pool that gives up quickly while the command service is down, so that reads which need
     * the store answer 503 at once and the processors retry, and that drops a connection the store's
     * restart broke instead of lending it out again.
     */
    @Bean(destroyMethod = "close")
    DataSource eventStoreConnections(@Value("${ehc.data-dir}") Path dataDir, @Value("${ehc.event-store.user}") String user,
                                     @Value("${ehc.event-store.password}") String password) throws IOException {
        EventStoreAddress address = new EventStoreAddress(dataDir.toAbsolutePath().normalize(), user, password);
        HikariDataSource pool = new HikariDataSource() {
            @Override
            public void close() {
                super.close();
                address.close();
            }
        };
        pool.setPoolName("event-store");
        pool.setDataSource(address);
        pool.setConnectionTimeout(2_000);
        pool.setValidationTimeout(1_000);
        pool.setMaximumPoolSize(8);
        pool.setExceptionOverride(new BrokenConnections());
        return pool;
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ConnectionProvider connections, TransactionManager transactions,
                                          @Value("${ehc.event-store.read-batch}") int readBatch) {
        return new DurableReads(JdbcEventStorageEngine.builder()
                .batchSize(readBatch)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .readEventDataWithGaps(EmbeddedEventSource::readEventDataWithGaps)
                .readEventDataWithoutGaps(EmbeddedEventSource::readEventDataWithoutGaps)
                .readEventDataForAggregate(EmbeddedEventSource::readEventDataForAggregate), connections);
    }

    /**
     * Hands on only events that are on disk. H2 lets other sessions see a commit a moment before it
     * writes it to its file; were the command service killed in that moment, a read model would hold
     * an event the store then lacks, and a later event could take its position unseen. So after every
     * read that found events, the store is asked to write what is committed (a CHECKPOINT, which costs
     * nothing when, as usual, the commit is written already) before the events are handed on.
     */
    static final class DurableReads extends JdbcEventStorageEngine {

        private final ConnectionProvider connections;

        DurableReads(JdbcEventStorageEngine.Builder builder, ConnectionProvider connections) {
            super(builder);
            this.connections = connections;
        }

        @Override
        protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
            return onDisk(super.fetchTrackedEvents(lastToken, batchSize));
        }

        @Override
        protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                      int batchSize) {
            return onDisk(super.fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize));
        }

        private <T> List<T> onDisk(List<T> events) {
            if (events.isEmpty()) {
                return events;
            }
            try (Connection connection = connections.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            } catch (SQLException e) {
                throw new EventStoreException(
                        "The event store could not confirm that the events read are on disk", e);
            }
            return events;
        }
    }

    /** H2's "connection broken" and "database closed": the command service went away; never reuse the connection. */
    static final class BrokenConnections implements SQLExceptionOverride {

        private static final Set<Integer> GONE = Set.of(90067, 90098, 90121);

        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException e) {
            return GONE.contains(e.getErrorCode()) ? SQLExceptionOverride.Override.MUST_EVICT
                    : SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }

    /**
     * The events after a token's position and those it still waits for (its gaps: positions taken
     * by appends that had not yet committed), read as two look-ups on the global index. Axon's
     * own statement joins the two with OR, which H2 answers by reading the whole event table; under
     * concurrent appends tokens nearly always carry gaps, so every poll of every processor read every
     * event ever stored, in the command service's process, which hosts the database. Fetched in one
     * reply, as {@link #readEventDataWithoutGaps} is.
     */
    static PreparedStatement readEventDataWithGaps(Connection connection, EventSchema schema, long globalIndex,
                                                   int batchSize, List<Long> gaps) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(withGaps(schema, gaps.size()));
        statement.setFetchSize(batchSize + gaps.size());
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int gap = 0; gap < gaps.size(); gap++) {
            statement.setLong(gap + 3, gaps.get(gap));
        }
        return statement;
    }

    /**
     * The events after a position, all of a batch in one reply: H2's client otherwise fetches an
     * answer 100 rows per round trip, and each round trip over loopback waits for an acknowledgement.
     */
    static PreparedStatement readEventDataWithoutGaps(Connection connection, EventSchema schema, long globalIndex,
                                                      int batchSize) throws SQLException {
        PreparedStatement statement = JdbcEventStorageEngineStatements.readEventDataWithoutGaps(connection, schema,
                globalIndex, batchSize);
        statement.setFetchSize(batchSize);
        return statement;
    }

    /**
     * The next slice of a case's events, at most {@link #CASE_EVENTS_PER_READ} of them, whatever batch
     * Axon asks for; its JDBC engine reads a case until a slice comes back empty, not merely short.
     */
    static PreparedStatement readEventDataForAggregate(Connection connection, EventSchema schema, String aggregateId,
                                                       long firstSequenceNumber, int batchSize) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT " + schema.trackedEventFields() + " FROM "
                + schema.domainEventTable() + " WHERE " + schema.aggregateIdentifierColumn() + " = ? AND "
                + schema.sequenceNumberColumn() + " >= ? AND " + schema.sequenceNumberColumn() + " < ? ORDER BY "
                + schema.sequenceNumberColumn() + " ASC");
        statement.setString(1, aggregateId);
        statement.setLong(2, firstSequenceNumber);
        statement.setLong(3, firstSequenceNumber + Math.min(batchSize, CASE_EVENTS_PER_READ));
        return statement;
    }

    static String withGaps(EventSchema schema, int gaps) {
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE "
                + schema.globalIndexColumn();
        return select + " > ? AND " + schema.globalIndexColumn() + " <= ? UNION ALL " + select + " IN ("
                + String.join(",", Collections.nCopies(gaps, "?")) + ") ORDER BY " + schema.globalIndexColumn() + " ASC";
    }

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine engine, @Value("${ehc.event-store.poll-interval}") Duration poll) {
        return EmbeddedEventStore.builder().storageEngine(engine).fetchDelay(poll.toMillis()).build();
    }
}
