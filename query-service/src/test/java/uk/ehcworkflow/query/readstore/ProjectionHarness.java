package uk.ehcworkflow.query.readstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import uk.ehcworkflow.events.assessment.AssessmentEvent;

/**
 * Runs projections as a tracking processor would, batch by batch in Axon's batching unit of
 * work, against the MongoDB driver talking to an in-memory MongoDB-wire server.
 */
public final class ProjectionHarness implements AutoCloseable {

    public static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final MongoDatabase database;
    private final List<EventMessage<?>> stream = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    public ProjectionHarness() {
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        database = client.getDatabase("test");
    }

    public MongoDatabase database() {
        return database;
    }

    public JsonDocuments documents() {
        return new JsonDocuments(JSON);
    }

    /** Appends events to the harness's event stream, recorded now by the given user. */
    public void append(List<AssessmentEvent> events) {
        for (AssessmentEvent event : events) {
            long sequence = sequences.merge(event.assessmentId(), 1L, Long::sum) - 1;
            var domainMessage = new GenericDomainEventMessage<>("Assessment", event.assessmentId(), sequence, event,
                    MetaData.with("user", "officer"), java.util.UUID.randomUUID().toString(), Instant.now());
            stream.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(stream.size()), domainMessage));
        }
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

    public int size() {
        return stream.size();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
