package uk.ehcworkflow.query.admin;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.RenameCollectionOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.problem.ConflictException;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.readmodel.ReadModelShapes;
import uk.ehcworkflow.query.readmodel.RebuildableProjection;

/**
 * Rebuilds a read model from the event store into fresh collections while the live one keeps
 * serving, then switches. The copy is fed to the head of the store; the live processor is paused,
 * the copy catches up to the new head, the collections are swapped by rename and the processor
 * resumes from where the copy stopped, so it neither sees an event twice nor keeps a position that
 * the store no longer has (after the store's history changed, ADR 12).
 */
@Component
class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    static final String SUFFIX = "__rebuild";
    private static final int BATCH = 1_000;

    /** A rebuild, running or finished. */
    public record Rebuild(String projection, String state, long eventsDone, long totalEvents, double eventsPerSecond,
                   Long secondsRemaining, Instant startedAt, Instant finishedAt, String failure) {

        boolean inProgress() {
            return state.equals("RUNNING") || state.equals("QUEUED");
        }
    }

    /** A projection, its processor and its last rebuild. */
    public record Status(String name, List<String> collections, boolean processorRunning, Long position, long head,
                  Rebuild lastRebuild) {
    }

    private final Map<String, RebuildableProjection> projections = new LinkedHashMap<>();
    private final EventStore events;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final MongoDatabase readStore;
    private final ReadModelShapes shapes;
    private final List<String> outdated;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(List<RebuildableProjection> projections, EventStore events, EventProcessingConfiguration processing,
                       TokenStore tokens, MongoDatabase readStore) {
        projections.forEach(projection -> this.projections.put(projection.name(), projection));
        this.events = events;
        this.processing = processing;
        this.tokens = tokens;
        this.readStore = readStore;
        this.shapes = new ReadModelShapes(readStore);
        this.outdated = shapes.outdated(this.projections.values());
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildOutdatedShapes() {
        for (String name : outdated) {
            log.warn("Read model '{}' was written by an earlier version in an older shape; rebuilding it from the events", name);
            start(name);
        }
    }

    List<Status> statuses() {
        long head = head();
        List<Status> statuses = new ArrayList<>();
        projections.forEach((name, projection) -> statuses.add(new Status(name, projection.collections(),
                processor(name).isRunning(), position(name), head, rebuilds.get(name))));
        return statuses;
    }

    /** How far the processor has read the store (the furthest of its segments), or null while it holds no segment. */
    Long position(String name) {
        return processor(name).processingStatus().values().stream()
                .map(status -> status.getCurrentPosition().orElse(0L)).max(Long::compare).orElse(null);
    }

    /** Segments in error, with the failure: stuck on an event, or waiting for the store to come back. */
    Map<Integer, Throwable> failures(String name) {
        Map<Integer, Throwable> failures = new LinkedHashMap<>();
        processor(name).processingStatus().forEach((segment, status) -> {
            if (status.isErrorState()) {
                failures.put(segment, status.getError());
            }
        });
        return failures;
    }

    List<RebuildableProjection> projections() {
        return List.copyOf(projections.values());
    }

    /** Whether any rebuild is queued or running. */
    boolean rebuilding() {
        return rebuilds.values().stream().anyMatch(Rebuild::inProgress);
    }

    /** Rebuilds every read model not already being rebuilt; the reason goes to the log. */
    synchronized void rebuildAll(String reason) {
        log.warn("Rebuilding every read model from the event store: {}", reason);
        projections.keySet().stream().filter(name -> rebuilds.get(name) == null || !rebuilds.get(name).inProgress())
                .forEach(this::start);
    }

    RebuildableProjection projection(String name) {
        RebuildableProjection projection = projections.get(name);
        if (projection == null) {
            throw new NotFoundException("No projection '" + name + "'; there are " + projections.keySet() + ".");
        }
        return projection;
    }

    synchronized Rebuild start(String name) {
        RebuildableProjection projection = projection(name);
        Rebuild last = rebuilds.get(name);
        if (last != null && last.inProgress()) {
            throw new ConflictException("rebuild-running", "A rebuild of '" + name + "' is already running.");
        }
        // Its size is taken when it runs: a rebuild may be queued while the command service restarts.
        Rebuild queued = new Rebuild(name, "QUEUED", 0, 0, 0, null, null, null, null);
        rebuilds.put(name, queued);
        worker.submit(() -> {
            run(projection);
            return null;
        });
        return queued;
    }

    long head() {
        TrackingToken head = events.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private void run(RebuildableProjection projection) throws InterruptedException {
        String name = projection.name();
        Rebuild started = new Rebuild(name, "RUNNING", 0, headOnceReachable(), 0, null, Instant.now(), null, null);
        rebuilds.put(name, started);
        StreamingEventProcessor processor = processor(name);
        boolean paused = false;
        try {
            for (String collection : projection.collections()) {
                readStore.getCollection(collection + SUFFIX).drop();
                // Created even if no event will land in it, so that an empty read model switches too.
                readStore.createCollection(collection + SUFFIX);
            }
            AnnotationEventHandlerAdapter copy = new AnnotationEventHandlerAdapter(projection.copyWritingTo(SUFFIX));
            log.info("Rebuilding read model '{}' from {} events", name, started.totalEvents());
            Feed feed = new Feed(started, copy);
            try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
                feed.upTo(stream, started.totalEvents());
                processor.shutDown();
                paused = true;
                long head = head();
                feed.upTo(stream, head);
                for (String collection : projection.collections()) {
                    readStore.getCollection(collection + SUFFIX).renameCollection(
                            new MongoNamespace(readStore.getName(), collection), new RenameCollectionOptions().dropTarget(true));
                }
                resumeAfter(name, feed.last);
            }
            shapes.markCurrent(projection);
            processor.start();
            Rebuild done = feed.progress("FINISHED");
            rebuilds.put(name, new Rebuild(name, "FINISHED", done.eventsDone(), done.totalEvents(), done.eventsPerSecond(),
                    0L, started.startedAt(), Instant.now(), null));
            log.info("Read model '{}' rebuilt from {} events at {} events/s and switched", name, done.eventsDone(),
                    done.eventsPerSecond());
        } catch (Exception e) {
            log.error("Rebuilding read model '{}' failed; the live read model was left as it was", name, e);
            if (paused && !processor.isRunning()) {
                processor.start();
            }
            Rebuild failed = rebuilds.get(name);
            rebuilds.put(name, new Rebuild(name, "FAILED", failed.eventsDone(), failed.totalEvents(), 0, null,
                    started.startedAt(), Instant.now(), e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** A queued rebuild waits for the command service, rather than failing while it restarts. */
    private long headOnceReachable() throws InterruptedException {
        while (true) {
            try {
                return head();
            } catch (RuntimeException unreachable) {
                Thread.sleep(2_000);
            }
        }
    }

    /** The processor's token becomes the copy's last position, whatever it was before. */
    private void resumeAfter(String name, TrackingToken last) {
        for (int segment : tokens.fetchSegments(name)) {
            tokens.storeToken(last, name, segment);
            tokens.releaseClaim(name, segment);
        }
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow(() ->
                new IllegalStateException("No streaming processor '" + name + "' is configured"));
    }

    /** Feeds events to the copy in batches, each in its own unit of work, reporting progress as it goes. */
    private final class Feed {
        private final Rebuild started;
        private final AnnotationEventHandlerAdapter copy;
        private long done;
        private long position;
        private TrackingToken last;
        private Instant lastReport = Instant.now();

        Feed(Rebuild started, AnnotationEventHandlerAdapter copy) {
            this.started = started;
            this.copy = copy;
        }

        void upTo(BlockingStream<TrackedEventMessage<?>> stream, long target) throws InterruptedException {
            List<EventMessage<?>> batch = new ArrayList<>(BATCH);
            while (position < target && stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                last = event.trackingToken();
                position = last.position().orElse(position + 1);
                batch.add(event);
                if (batch.size() == BATCH || position >= target) {
                    handle(batch);
                }
            }
            handle(batch);
        }

        private void handle(List<EventMessage<?>> batch) {
            if (batch.isEmpty()) {
                return;
            }
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(batch));
            unitOfWork.executeWithResult(() -> copy.handle(unitOfWork.getMessage()));
            if (unitOfWork.getExecutionResult().isExceptionResult()) {
                throw new IllegalStateException("A rebuild batch failed", unitOfWork.getExecutionResult().getExceptionResult());
            }
            done += batch.size();
            batch.clear();
            rebuilds.put(started.projection(), progress("RUNNING"));
            if (Duration.between(lastReport, Instant.now()).toSeconds() >= 5) {
                lastReport = Instant.now();
                Rebuild now = rebuilds.get(started.projection());
                log.info("Rebuilding '{}': {} of {} events, {} events/s, about {} s to go", started.projection(), done,
                        started.totalEvents(), now.eventsPerSecond(), now.secondsRemaining());
            }
        }

        Rebuild progress(String state) {
            double seconds = Math.max(Duration.between(started.startedAt(), Instant.now()).toMillis() / 1000.0, 0.001);
            double rate = done / seconds;
            long total = Math.max(started.totalEvents(), done);
            Long remaining = rate > 0 ? Math.round((total - done) / rate) : null;
            return new Rebuild(started.projection(), state, done, total, Math.round(rate * 10) / 10.0, remaining,
                    started.startedAt(), null, null);
        }
    }
}
