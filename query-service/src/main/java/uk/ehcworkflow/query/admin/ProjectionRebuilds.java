package uk.ehcworkflow.query.admin;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.RenameCollectionOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.metrics.Buckets;
import uk.ehcworkflow.platform.problem.ConflictException;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.readmodel.ReadModelShapes;
import uk.ehcworkflow.query.readmodel.RebuildableProjection;
import uk.ehcworkflow.query.readmodel.SegmentsHeld;

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
    /** Longer than a claim lasts unrenewed (Axon's 10 s), so that a dead process's claims expire meanwhile. */
    private static final Duration CLAIM_WAIT = Duration.ofSeconds(60);

    private final TokenStore tokens;
    private final MongoDatabase readStore;
    private final ReadModelShapes shapes;
    private final List<String> owedOnStart;
    private final int sliceEvents;
    private final DistributionSummary rate;
    private final Counter rebuilt;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    /** Reads the next slice of events while the worker hands the last to the read models. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild-reader");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param sliceEvents  how many events a rebuild hands to the read models at a time: each document a slice
     *                     touches is read and written once, and all of them are held in memory until then
     * @param onePassWhenFresh whether a read store that has never been written is filled by one rebuild pass
     *                     rather than by each processor reading the whole store from its start
     */
    ProjectionRebuilds(List<RebuildableProjection> projections, EventStore events, EventProcessingConfiguration processing,
                       TokenStore tokens, MongoDatabase readStore,
                       @Value("${ehc.read-models.rebuild.slice-events}") int sliceEvents,
                       @Value("${ehc.read-models.rebuild.one-pass-when-fresh}") boolean onePassWhenFresh,
                       MeterRegistry meters) {
        projections.forEach(projection -> this.projections.put(projection.name(), projection));
        this.events = events;
        this.processing = processing;
        this.tokens = tokens;
        this.readStore = readStore;
        this.sliceEvents = sliceEvents;
        this.rate = DistributionSummary.builder("ehc.rebuild.rate")
                .description("Events a rebuild applied per second, measured over each slice it wrote")
                .baseUnit("events.per.second")
                .serviceLevelObjectives(Buckets.RATE)
                .register(meters);
        this.rebuilt = Counter.builder("ehc.rebuild.events")
                .description("Events applied by rebuilds of read models")
                .register(meters);
        this.shapes = new ReadModelShapes(readStore);
        List<String> outdated = shapes.outdated(this.projections.values());
        if (onePassWhenFresh) {
            startProcessorsAtHeadIfFresh();
        }
        this.owedOnStart = this.projections.keySet().stream()
                .filter(name -> outdated.contains(name) || shapes.owed().contains(name)).toList();
        // Shown as queued from the start, so that nobody takes the processors' positions for the read models'.
        owedOnStart.forEach(name -> rebuilds.put(name, queued(name)));
    }

    private static Rebuild queued(String name) {
        return new Rebuild(name, "QUEUED", 0, 0, 0, null, null, null, null);
    }

    /**
     * A read store no processor has written yet is filled by one pass over the store instead of by
     * every processor reading it whole. Asked before the processors start: they are set to start at
     * today's head, and the rebuild builds everything before it beside them, then switches as any
     * rebuild does, so that what they wrote meanwhile is replaced and nothing is seen twice.
     */
    private void startProcessorsAtHeadIfFresh() {
        if (projections.keySet().stream().anyMatch(name -> tokens.fetchSegments(name).length > 0)) {
            return;
        }
        TrackingToken head;
        try {
            head = events.createHeadToken();
        } catch (RuntimeException unreachable) {
            log.info("The event store cannot be reached yet; each read model will read it from its start");
            return;
        }
        if (head != null) {
            shapes.owe(projections.keySet());
            projections.keySet().forEach(name -> tokens.initializeTokenSegments(name, 1, head));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void rebuildOnStart() {
        if (!owedOnStart.isEmpty()) {
            log.warn("Read models {} are new, or were written by an earlier version in an older shape, or by a rebuild that "
                    + "did not finish: building them in one pass over the event store", owedOnStart);
            owedOnStart.forEach(rebuilds::remove);
            startTogether(owedOnStart);
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
        List<String> idle = projections.keySet().stream()
                .filter(name -> rebuilds.get(name) == null || !rebuilds.get(name).inProgress()).toList();
        if (!idle.isEmpty()) {
            startTogether(idle);
        }
    }

    RebuildableProjection projection(String name) {
        RebuildableProjection projection = projections.get(name);
        if (projection == null) {
            throw new NotFoundException("No projection '" + name + "'; there are " + projections.keySet() + ".");
        }
        return projection;
    }

    synchronized Rebuild start(String name) {
        return startTogether(List.of(name)).get(0);
    }

    /**
     * Rebuilds these read models together, in one pass over the store: each event is read once and
     * handed to every one of them, and each document they write is written once per slice.
     */
    private synchronized List<Rebuild> startTogether(List<String> names) {
        List<RebuildableProjection> chosen = names.stream().map(this::projection).toList();
        for (RebuildableProjection projection : chosen) {
            Rebuild last = rebuilds.get(projection.name());
            if (last != null && last.inProgress()) {
                throw new ConflictException("rebuild-running", "A rebuild of '" + projection.name() + "' is already running.");
            }
        }
        // Its size is taken when it runs: a rebuild may be queued while the command service restarts.
        List<Rebuild> queued = chosen.stream().map(projection -> queued(projection.name())).toList();
        queued.forEach(rebuild -> rebuilds.put(rebuild.projection(), rebuild));
        worker.submit(() -> {
            run(chosen);
            return null;
        });
        return queued;
    }

    long head() {
        TrackingToken head = events.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private void run(List<RebuildableProjection> chosen) throws InterruptedException {
        String names = chosen.stream().map(RebuildableProjection::name).collect(Collectors.joining("', '", "'", "'"));
        Feed feed = new Feed(chosen, headOnceReachable(), Instant.now());
        List<StreamingEventProcessor> processors = chosen.stream().map(projection -> processor(projection.name())).toList();
        boolean paused = false;
        try {
            List<AnnotationEventHandlerAdapter> copies = new ArrayList<>();
            for (RebuildableProjection projection : chosen) {
                List<String> existing = readStore.listCollectionNames().into(new ArrayList<>());
                for (String collection : projection.collections()) {
                    if (existing.contains(collection + SUFFIX)) {
                        readStore.getCollection(collection + SUFFIX).drop();
                    }
                    // Created even if no event will land in it, so that an empty read model switches too.
                    readStore.createCollection(collection + SUFFIX);
                }
                copies.add(new AnnotationEventHandlerAdapter(projection.copyWritingTo(SUFFIX)));
            }
            feed.report("RUNNING");
            log.info("Rebuilding read model{} {} from {} events, in one pass", chosen.size() == 1 ? "" : "s", names,
                    feed.total);
            try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
                feed.upTo(stream, feed.total, copies);
                chosen.forEach(projection -> awaitSegmentsHeld(projection.name()));
                processors.forEach(StreamingEventProcessor::shutDown);
                paused = true;
                feed.upTo(stream, head(), copies);
                chosen.forEach(projection -> claim(projection.name()));
                for (RebuildableProjection projection : chosen) {
                    for (String collection : projection.collections()) {
                        readStore.getCollection(collection + SUFFIX).renameCollection(new MongoNamespace(readStore.getName(),
                                collection), new RenameCollectionOptions().dropTarget(true));
                    }
                    resumeAfter(projection.name(), feed.last);
                }
            }
            chosen.forEach(shapes::markCurrent);
            processors.forEach(StreamingEventProcessor::start);
            feed.report("FINISHED");
            log.info("Read model{} {} rebuilt from {} events at {} events/s and switched", chosen.size() == 1 ? "" : "s",
                    names, feed.done, feed.rate());
        } catch (Exception e) {
            log.error("Rebuilding read model{} {} failed; the live read models were left as they were",
                    chosen.size() == 1 ? "" : "s", names, e);
            if (paused) {
                processors.stream().filter(processor -> !processor.isRunning()).forEach(StreamingEventProcessor::start);
            }
            feed.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
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

    /**
     * Claims every segment of the processor for this process before anything switches. A process
     * killed moments ago still holds its claims until they time out (10 s): a restart that rebuilt
     * faster than that could not store the switched position, and would leave some read models
     * switched and others not.
     */
    private void claim(String name) {
        for (int segment : tokens.fetchSegments(name)) {
            Instant giveUp = Instant.now().plus(CLAIM_WAIT);
            while (true) {
                try {
                    tokens.fetchToken(name, segment);
                    break;
                } catch (UnableToClaimTokenException heldByAnother) {
                    if (Instant.now().isAfter(giveUp)) {
                        throw heldByAnother;
                    }
                    pause(Duration.ofMillis(500));
                }
            }
        }
    }

    /** Shut down while it holds its segments ({@link SegmentsHeld}), a processor starts again cleanly. */
    private void awaitSegmentsHeld(String name) {
        StreamingEventProcessor processor = processor(name);
        int segments = tokens.fetchSegments(name).length;
        if (!SegmentsHeld.await(processor, segments, CLAIM_WAIT)) {
            log.warn("The processor of read model '{}' holds {} of its {} segments after {} s; pausing it anyway", name,
                    processor.processingStatus().size(), segments, CLAIM_WAIT.toSeconds());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a processor's claim", e);
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

    /**
     * Feeds events to the copies in slices, each one unit of work for all of them, so that a document
     * touched by many events of a slice is read and written once; reports progress as it goes.
     */
    private final class Feed {
        private final List<RebuildableProjection> projections;
        private final long total;
        private final Instant startedAt;
        private long done;
        /** Where the reader has got to: read and written by the reader's thread alone. */
        private long position;
        private TrackingToken last;
        private Instant lastReport = Instant.now();

        Feed(List<RebuildableProjection> projections, long total, Instant startedAt) {
            this.projections = projections;
            this.total = total;
            this.startedAt = startedAt;
        }

        /**
         * Hands every event up to {@code target} (or until none arrives for 2 s) to the copies, a slice at a
         * time. The next slice is read from the store, and its events' payloads deserialised, on a thread of
         * its own while the copies take in the last: on the one thread, that reading was a tenth of a rebuild.
         */
        void upTo(BlockingStream<TrackedEventMessage<?>> stream, long target, List<AnnotationEventHandlerAdapter> copies)
                throws Exception {
            Future<List<TrackedEventMessage<?>>> next = reader.submit(() -> slice(stream, target));
            while (true) {
                List<TrackedEventMessage<?>> slice = read(next);
                if (slice.isEmpty()) {
                    return;
                }
                next = reader.submit(() -> slice(stream, target));
                last = slice.get(slice.size() - 1).trackingToken();
                handle(slice, copies);
            }
        }

        private static List<TrackedEventMessage<?>> read(Future<List<TrackedEventMessage<?>>> slice) throws Exception {
            try {
                return slice.get();
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof Exception cause ? cause : failed;
            }
        }

        /** The next slice from the stream, each event's payload deserialised; empty at the target or when none comes. */
        private List<TrackedEventMessage<?>> slice(BlockingStream<TrackedEventMessage<?>> stream, long target)
                throws InterruptedException {
            List<TrackedEventMessage<?>> slice = new ArrayList<>(sliceEvents);
            while (slice.size() < sliceEvents && position < target && stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                event.getPayload();
                position = event.trackingToken().position().orElse(position + 1);
                slice.add(event);
            }
            return slice;
        }

        private void handle(List<? extends EventMessage<?>> slice, List<AnnotationEventHandlerAdapter> copies) {
            if (slice.isEmpty()) {
                return;
            }
            long started = System.nanoTime();
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(slice));
            unitOfWork.executeWithResult(() -> {
                EventMessage<?> event = unitOfWork.getMessage();
                for (AnnotationEventHandlerAdapter copy : copies) {
                    if (copy.canHandle(event)) {
                        copy.handle(event);
                    }
                }
                return null;
            });
            if (unitOfWork.getExecutionResult().isExceptionResult()) {
                throw new IllegalStateException("A rebuild slice failed", unitOfWork.getExecutionResult().getExceptionResult());
            }
            done += slice.size();
            rate.record(slice.size() / Math.max((System.nanoTime() - started) / 1e9, 1e-6));
            rebuilt.increment(slice.size());
            report("RUNNING");
            if (Duration.between(lastReport, Instant.now()).toSeconds() >= 5) {
                lastReport = Instant.now();
                Rebuild now = rebuilds.get(projections.get(0).name());
                log.info("Rebuilding: {} of {} events, {} events/s, about {} s to go", done, now.totalEvents(),
                        now.eventsPerSecond(), now.secondsRemaining());
            }
        }

        double rate() {
            double seconds = Math.max(Duration.between(startedAt, Instant.now()).toMillis() / 1000.0, 0.001);
            return Math.round(done / seconds * 10) / 10.0;
        }

        void report(String state) {
            double rate = rate();
            long size = Math.max(total, done);
            boolean finished = state.equals("FINISHED");
            Long remaining = finished ? Long.valueOf(0) : rate > 0 ? Long.valueOf(Math.round((size - done) / rate)) : null;
            projections.forEach(projection -> rebuilds.put(projection.name(), new Rebuild(projection.name(), state, done,
                    size, rate, remaining, startedAt, finished ? Instant.now() : null, null)));
        }

        void failed(String failure) {
            projections.forEach(projection -> rebuilds.put(projection.name(), new Rebuild(projection.name(), "FAILED", done,
                    Math.max(total, done), 0, null, startedAt, Instant.now(), failure)));
        }
    }
}
