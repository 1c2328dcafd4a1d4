package uk.ehcworkflow.command.eventstore;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The data folder's disk full or read-only. The store takes no write then: H2 rolls the
 * transaction back (no event is ever half-written) and stops writing its file until reopened.
 * Commands meanwhile get 503; this checks every few seconds whether the disk takes a write again
 * and, when it does, reopens the store, and commands are accepted again without anyone acting.
 * Health says so while it lasts.
 */
@Component
@Profile("!production")
public class DiskTrouble implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DiskTrouble.class);
    /** What an operating system says when a disk takes no more writes. */
    private static final String[] SIGNS = {"no space left", "read-only file system", "disk quota exceeded",
        "not enough space"};
    /** H2's "database is closed", "IO exception" codes, and its general error: what a failed file write becomes. */
    private static final int[] H2_STORE_CODES = {90098, 90028, 90031, 90121};
    private static final int PROBE_BYTES = 1 << 20;

    /** Since when, and what the disk said. */
    record Trouble(Instant since, String reason) {
    }

    private final Path dataDir;
    private final DataSource store;
    private final Clock clock;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "disk-trouble");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Trouble trouble;

    DiskTrouble(@Value("${ehc.data-dir}") Path dataDir, DataSource store, Clock clock) {
        this.dataDir = dataDir;
        this.store = store;
        this.clock = clock;
    }

    /** Whether a failure was the store's file not taking a write: a full or read-only disk, or the store closed after one. */
    public static boolean isStorageFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof IOException && matches(message)) {
                return true;
            }
            if (cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                for (int code : H2_STORE_CODES) {
                    if (sql.getErrorCode() == code) {
                        return true;
                    }
                }
                if (sql.getErrorCode() == 50000 && message.contains("mvstoreexception")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(String message) {
        for (String sign : SIGNS) {
            if (message.contains(sign)) {
                return true;
            }
        }
        return false;
    }

    /** Notes that a write failed for want of disk, and starts checking for its return. */
    public synchronized void noted(Throwable failure) {
        if (trouble != null) {
            return;
        }
        trouble = new Trouble(clock.instant(), reason(failure));
        log.error("The data folder's disk takes no writes ({}): commands are refused with 503 until it does; "
                + "checking every 5 s", trouble.reason());
        checker.schedule(this::check, 5, TimeUnit.SECONDS);
    }

    /** Whether commands are being refused now. */
    public boolean troubled() {
        return trouble != null;
    }

    private void check() {
        if (!takesWrites()) {
            checker.schedule(this::check, 5, TimeUnit.SECONDS);
            return;
        }
        reopenStore();
        synchronized (this) {
            log.info("The data folder's disk takes writes again (after {}): commands are accepted", trouble.since());
            trouble = null;
        }
    }

    /** A megabyte written, forced to the disk and removed: room for a command and its events. */
    private boolean takesWrites() {
        Path probe = dataDir.resolve(".disk-probe");
        try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.allocate(PROBE_BYTES));
            channel.force(true);
            return true;
        } catch (IOException stillFull) {
            return false;
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // a later probe removes it
            }
        }
    }

    /** H2 stops writing a store whose file write failed; closing it makes the next connection open it afresh. */
    private void reopenStore() {
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException closedAlready) {
            // shut down by the failure itself: the next connection opens it
        }
        if (store instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && matches(String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT))) {
                return cause.getMessage();
            }
        }
        return "the store's file could not be written";
    }

    @Override
    public Health health() {
        Trouble now = trouble;
        return now == null ? Health.up().build() : Health.down().withDetail("reason", now.reason())
                .withDetail("since", now.since().toString())
                .withDetail("commands", "refused with 503 until the disk takes writes again").build();
    }
}
