package uk.ehcworkflow.query.readstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the event store behind a tracking token that still waits for some positions, on H2 with its real schema. */
class EmbeddedEventSourceTest {

    private static final Path SCHEMA = Path.of("../command-service/src/main/resources/db/event-store/V1__event_store.sql");
    private static final EventSchema EVENTS = new EventSchema();
    private static final List<Long> GAPS = List.of(5L, 7L);

    private String url;
    private Connection connection;

    @BeforeEach
    void tenThousandEventsStored() throws Exception {
        url = "jdbc:h2:mem:events-" + System.nanoTime();
        connection = DriverManager.getConnection(url, "ehc", "");
        connection.createStatement().execute(Files.readString(SCHEMA));
        connection.createStatement().execute("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, "
                + "sequenceNumber, type, eventIdentifier, payload, payloadType, timeStamp) SELECT X, 'case-' || X, 0, "
                + "'Assessment', 'event-' || X, X'7B7D', 'Opened', '2024-01-08T09:00:00Z' FROM SYSTEM_RANGE(1, 10000)");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void the_positions_a_token_waits_for_come_back_with_those_after_it_in_order() throws SQLException {
        List<Long> read = new ArrayList<>();
        try (PreparedStatement statement = EmbeddedEventSource.readEventDataWithGaps(connection, EVENTS, 9000, 5, GAPS);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                read.add(rows.getLong(EVENTS.globalIndexColumn()));
            }
        }

        assertThat(read).containsExactly(5L, 7L, 9001L, 9002L, 9003L, 9004L, 9005L);
    }

    @Test
    void a_poll_with_gaps_reads_only_the_rows_it_returns_not_the_whole_store() throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + EmbeddedEventSource.withGaps(EVENTS, 2))) {
            explain.setLong(1, 9000);
            explain.setLong(2, 9005);
            explain.setLong(3, GAPS.get(0));
            explain.setLong(4, GAPS.get(1));
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                assertThat(rowsScanned(plan.getString(1))).isLessThanOrEqualTo(10);
            }
        }
    }

    @Test
    void a_long_case_is_read_whole_and_in_order_a_slice_at_a_time_small_enough_for_one_answer() throws SQLException {
        connection.createStatement().execute("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, "
                + "sequenceNumber, type, eventIdentifier, metaData, payload, payloadType, timeStamp) SELECT 10000 + X, "
                + "'long-case', X - 1, 'Assessment', 'long-' || X, X'7B7D', X'7B7D', 'Opened', '2024-01-08T09:00:00Z' "
                + "FROM SYSTEM_RANGE(1, 200)");
        AtomicInteger slices = new AtomicInteger();
        ConnectionProvider counting = () -> {
            Connection opened = DriverManager.getConnection(url, "ehc", "");
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, arguments) -> {
                        if (method.getName().equals("prepareStatement")
                                && arguments[0].toString().contains(EVENTS.sequenceNumberColumn() + " >= ?")) {
                            slices.incrementAndGet();
                        }
                        return method.invoke(opened, arguments);
                    });
        };
        Serializer json = JacksonSerializer.defaultSerializer();
        EventStorageEngine engine = new EmbeddedEventSource().eventStorageEngine(json, json, counting,
                NoTransactionManager.INSTANCE, 2_000);

        List<Long> sequences = engine.readEvents("long-case").asStream().map(DomainEventMessage::getSequenceNumber).toList();

        assertThat(sequences).hasSize(200).isSorted().startsWith(0L).endsWith(199L);
        assertThat(slices.get()).isGreaterThanOrEqualTo(200 / EmbeddedEventSource.CASE_EVENTS_PER_READ);
    }

    @Test
    void an_event_handed_to_a_read_model_is_on_disk_even_if_the_store_dies_the_moment_after(@TempDir Path folder)
            throws Exception {
        assertThat(readThenKillStore(folder.resolve("durable"), EmbeddedEventSourceTest::durableReads))
                .as("events in the store after it was killed").isOne();
    }

    @Test
    void without_that_care_the_same_read_event_is_lost_with_the_store_so_the_spec_above_can_fail(@TempDir Path folder)
            throws Exception {
        assertThat(readThenKillStore(folder.resolve("plain"), connections -> JdbcEventStorageEngine.builder()
                .connectionProvider(connections).transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(JacksonSerializer.defaultSerializer()).snapshotSerializer(JacksonSerializer.defaultSerializer())
                .build())).isZero();
    }

    private static EventStorageEngine durableReads(ConnectionProvider connections) {
        Serializer json = JacksonSerializer.defaultSerializer();
        return new EmbeddedEventSource().eventStorageEngine(json, json, connections, NoTransactionManager.INSTANCE, 2_000);
    }

    /**
     * Commits one event to a store that keeps commits in memory for a minute (as H2 does for up to its
     * write delay), has it read, then kills the store without writing anything (SHUTDOWN IMMEDIATELY,
     * as a kill -9 would) and counts what the file holds.
     */
    private static long readThenKillStore(Path file, java.util.function.Function<ConnectionProvider, EventStorageEngine> engine)
            throws Exception {
        String store = "jdbc:h2:file:" + file;
        try (Connection schema = DriverManager.getConnection(store, "ehc", "")) {
            schema.createStatement().execute(Files.readString(SCHEMA));
        }
        String slow = store + ";WRITE_DELAY=60000";
        try (Connection writer = DriverManager.getConnection(slow, "ehc", "")) {
            writer.createStatement().execute("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, "
                    + "eventIdentifier, metaData, payload, payloadType, timeStamp) VALUES ('case-1', 0, 'Assessment', "
                    + "'event-1', X'7B7D', X'7B7D', 'Opened', '2024-01-08T09:00:00Z')");
            assertThat(engine.apply(() -> DriverManager.getConnection(slow, "ehc", "")).readEvents(null, false).count())
                    .as("events read").isOne();
            writer.createStatement().execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException closedByTheShutdown) {
            // The writer's own connection died with the store.
        }
        try (Connection after = DriverManager.getConnection(store, "ehc", "");
             ResultSet count = after.createStatement().executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static int rowsScanned(String plan) {
        Matcher scans = Pattern.compile("scanCount: (\\d+)").matcher(plan);
        int rows = 0;
        while (scans.find()) {
            rows += Integer.parseInt(scans.group(1));
        }
        return rows;
    }
}
