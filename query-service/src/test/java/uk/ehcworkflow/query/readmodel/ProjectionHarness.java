package uk.ehcworkflow.query.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import uk.ehcworkflow.query.readstore.EmbeddedReadStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.platform.embedded.DirectWrites;

/**
 * Runs projections as a tracking processor would, batch by batch in Axon's batching unit of
 * work, against the MongoDB driver talking to the embedded read store on a file of its own.
 */
public final class ProjectionHarness implements AutoCloseable {

    public static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    private final Path file;
    private final MongoServer server;
    private final DirectWrites direct;
    private final MongoClient client;
    private final MongoDatabase database;
    private final List<EventMessage<?>> stream = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant recordedAt;
    private String user = "officer";

    public ProjectionHarness() {
        try {
            file = Files.createTempFile("read-store", ".mv");
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedReadStore.Served served = EmbeddedReadStore.start(file, 0);
        server = served.server();
        direct = served.direct();
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        database = client.getDatabase("test");
    }

    /** Events appended from now on carry this recorded time (by default, the moment they are appended). */
    public void recordAt(Instant instant) {
        this.recordedAt = instant;
    }

    /** Events appended from now on are recorded by this user (by default, "officer"). */
    public void recordBy(String user) {
        this.user = user;
    }

    public MongoDatabase database() {
        return database;
    }

    /** The live collections, as Spring hands them to a projection. */
    public ReadModelCollections collections() {
        return new ReadModelCollections(database, documents(), "", direct);
    }

    public JsonDocuments documents() {
        return new JsonDocuments(JSON);
    }

    /** Appends an assessment's events to the stream. */
    public void append(List<AssessmentEvent> events) {
        append("Assessment", events, AssessmentEvent::assessmentId);
    }

    /** Appends events of any aggregate type. */
    public <E> void append(String aggregateType, List<E> events, Function<E, String> aggregateId) {
        events.forEach(event -> append(aggregateType, aggregateId.apply(event), event));
    }

    private void append(String aggregateType, String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        var domainMessage = new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, event,
                MetaData.with("user", user), java.util.UUID.randomUUID().toString(),
                recordedAt != null ? recordedAt : Instant.now());
        stream.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(stream.size()), domainMessage));
    }

    /** Delivers events {@code from} (inclusive) to {@code to} (exclusive) of the stream as one batch. */
    public void deliver(Object projection, int from, int to) {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(stream.subList(from, to));
        batch.executeWithResult(() -> adapter.handle(batch.getMessage()));
        if (batch.getExecutionResult().isExceptionResult()) {
            throw new IllegalStateException(batch.getExecutionResult().getExceptionResult());
        }
    }

    /** The payloads of this type appended so far, in order. */
    public <E> List<E> events(Class<E> type) {
        return stream.stream().map(EventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
    }

    public int size() {
        return stream.size();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
