package uk.ehcworkflow.platform.disk;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.util.unit.DataSize;

/**
 * The disk the data folder is on, looked at every second: read-only, or with less free space than
 * the reserve ({@code ehc.disk.reserve}, 64 MB unless set), it has no room. A service then stops
 * writing before a write fails (the command service refuses commands with 503, the query service
 * pauses its read models) and goes on when room returns, by itself. Health says why meanwhile.
 */
public class DataDisk implements HealthIndicator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DataDisk.class);

    /** Why the disk has no room, and since when; null while it has room. */
    public record Trouble(String reason, Instant since) {
    }

    private final Path dataDir;
    private final long reserveBytes;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService looking = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "data-disk");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Trouble trouble;

    public DataDisk(Path dataDir, DataSize reserve) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.reserveBytes = reserve.toBytes();
        looking.scheduleWithFixedDelay(this::look, 0, 1, TimeUnit.SECONDS);
    }

    /** Whether the data folder's disk takes writes now, as last looked at. */
    public boolean hasRoom() {
        return trouble == null;
    }

    public Trouble trouble() {
        return trouble;
    }

    /** Told {@code true} when room returns and {@code false} when it runs out. */
    public void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    /** Looks now, rather than at the next second. */
    public synchronized void look() {
        String reason = reasonForNoRoom();
        if ((reason == null) == (trouble == null)) {
            return;
        }
        trouble = reason == null ? null : new Trouble(reason, Instant.now());
        if (reason == null) {
            log.info("The data folder's disk has room again: writing resumes");
        } else {
            log.error("The data folder's disk has no room ({}): writing stops until it has", reason);
        }
        listeners.forEach(listener -> {
            try {
                listener.accept(reason == null);
            } catch (RuntimeException e) {
                log.error("Reacting to the data folder's disk failed", e);
            }
        });
    }

    private String reasonForNoRoom() {
        try {
            Files.createDirectories(dataDir);
            FileStore disk = Files.getFileStore(dataDir);
            if (disk.isReadOnly()) {
                return "the disk is read-only";
            }
            long free = disk.getUsableSpace();
            if (free < reserveBytes) {
                return "the disk is full: " + free / (1024 * 1024) + " MB free, below the reserve of "
                        + reserveBytes / (1024 * 1024) + " MB";
            }
            return null;
        } catch (IOException e) {
            return "the disk cannot be read: " + e.getMessage();
        }
    }

    @Override
    public Health health() {
        Trouble now = trouble;
        return now == null ? Health.up().withDetail("dataFolder", dataDir.toString()).build()
                : Health.down().withDetail("dataFolder", dataDir.toString()).withDetail("reason", now.reason())
                .withDetail("since", now.since().toString())
                .withDetail("meanwhile", "nothing is written: commands get 503 and the read models wait; reading goes on")
                .build();
    }

    @Override
    public void destroy() {
        looking.shutdownNow();
    }
}
