package uk.ehcworkflow.command.eventstore;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With {@code ehc.event-store.sync-on-commit=true}, a command is answered only once the disk itself
 * holds its events (H2's CHECKPOINT SYNC), so they survive a power cut too. Off by default: every
 * commit already reaches the operating system before it is answered, which survives any process
 * dying, and forcing the disk costs a flush per command.
 */
@Component
@Profile("!production")
public class PowerLossBarrier {

    private final JdbcTemplate store;
    private final boolean enabled;

    PowerLossBarrier(DataSource store, @Value("${ehc.event-store.sync-on-commit:false}") boolean enabled) {
        this.store = new JdbcTemplate(store);
        this.enabled = enabled;
    }

    /** Returns once everything committed so far is on the disk, when that is asked for. */
    public void awaitDisk() {
        if (enabled) {
            store.execute("CHECKPOINT SYNC");
        }
    }
}
