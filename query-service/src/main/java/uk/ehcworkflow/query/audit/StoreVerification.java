package uk.ehcworkflow.query.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.problem.NotFoundException;

/**
 * Verifies every chain in the store in one pass over all events, in the background, reporting
 * progress as it goes (here and in the log).
 */
@Component
class StoreVerification {

    private static final Logger log = LoggerFactory.getLogger(StoreVerification.class);
    private static final int MOST_BROKEN_LINKS_LISTED = 100;

    /** A whole-store verification, running or finished. */
    public record Progress(String verificationId, String state, long eventsChecked, long totalEvents, long aggregates,
                    double eventsPerSecond, Long secondsRemaining, Instant startedAt, Instant finishedAt,
                    boolean intact, List<ChainVerifier.BrokenLink> brokenLinks, String failure) {
    }

    private final EventStore events;
    private final Map<String, Progress> runs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "store-verification");
        thread.setDaemon(true);
        return thread;
    });

    StoreVerification(EventStore events) {
        this.events = events;
    }

    Progress start() {
        String id = UUID.randomUUID().toString();
        Progress queued = new Progress(id, "RUNNING", 0, head(), 0, 0, null, Instant.now(), null, true, List.of(), null);
        runs.put(id, queued);
        worker.submit(() -> run(queued));
        return queued;
    }

    Progress progress(String verificationId) {
        Progress progress = runs.get(verificationId);
        if (progress == null) {
            throw new NotFoundException("No verification " + verificationId + " was started since the service started.");
        }
        return progress;
    }

    private long head() {
        TrackingToken head = events.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private void run(Progress started) {
        Map<String, ChainVerifier.Link> chains = new HashMap<>();
        Set<String> brokenAggregates = new HashSet<>();
        List<ChainVerifier.BrokenLink> broken = new ArrayList<>();
        long checked = 0;
        long total = Math.max(started.totalEvents(), 1);
        Instant lastReport = Instant.now();
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            while (checked < started.totalEvents() && stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                long position = event.trackingToken().position().orElse(checked + 1);
                checked++;
                if (event instanceof DomainEventMessage<?> domain && !brokenAggregates.contains(domain.getAggregateIdentifier())) {
                    ChainVerifier.BrokenLink link = chains.computeIfAbsent(domain.getAggregateIdentifier(),
                            id -> new ChainVerifier.Link()).check(domain);
                    if (link != null) {
                        brokenAggregates.add(domain.getAggregateIdentifier());
                        if (broken.size() < MOST_BROKEN_LINKS_LISTED) {
                            broken.add(link);
                        }
                    }
                }
                if (Duration.between(lastReport, Instant.now()).toSeconds() >= 5 || position >= started.totalEvents()) {
                    lastReport = Instant.now();
                    runs.put(started.verificationId(), running(started, checked, total, chains.size(), broken));
                    log.info("Verifying the event store: {} of {} events, {} aggregates, {} broken",
                            checked, started.totalEvents(), chains.size(), brokenAggregates.size());
                }
                if (position >= started.totalEvents()) {
                    break;
                }
            }
            Progress done = running(started, checked, total, chains.size(), broken);
            runs.put(started.verificationId(), new Progress(done.verificationId(), "FINISHED", checked, started.totalEvents(),
                    chains.size(), done.eventsPerSecond(), 0L, started.startedAt(), Instant.now(), broken.isEmpty(),
                    List.copyOf(broken), null));
            log.info("Event store verified: {} events in {} aggregates, {} broken chains", checked, chains.size(),
                    brokenAggregates.size());
        } catch (Exception e) {
            log.error("Verifying the event store failed", e);
            runs.put(started.verificationId(), new Progress(started.verificationId(), "FAILED", checked,
                    started.totalEvents(), chains.size(), 0, null, started.startedAt(), Instant.now(), false,
                    List.copyOf(broken), e.getClass().getSimpleName()));
        }
    }

    private static Progress running(Progress started, long checked, long total, long aggregates,
                                    List<ChainVerifier.BrokenLink> broken) {
        double seconds = Math.max(Duration.between(started.startedAt(), Instant.now()).toMillis() / 1000.0, 0.001);
        double rate = checked / seconds;
        Long remaining = rate > 0 ? Math.round((total - checked) / rate) : null;
        return new Progress(started.verificationId(), "RUNNING", checked, started.totalEvents(), aggregates,
                Math.round(rate * 10) / 10.0, remaining, started.startedAt(), null, broken.isEmpty(), List.copyOf(broken), null);
    }
}
