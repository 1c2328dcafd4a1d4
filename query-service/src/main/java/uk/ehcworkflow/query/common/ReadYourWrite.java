package uk.ehcworkflow.query.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * After a page sends a command, it waits, briefly, until the read model has folded in an event
 * of that aggregate later than the one it had, so that the next page shows what was just
 * recorded. The command is stored either way: if the read side is slow, the page shows the read
 * model as it is and the change appears on the next visit.
 */
public final class ReadYourWrite {

    static final Duration AT_MOST = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 25;

    private ReadYourWrite() {
    }

    /** @param lastSequence the sequence number of the aggregate's last event in the read model, -1 if none */
    public static void await(Clock clock, LongSupplier lastSequence, long after) {
        Instant giveUp = clock.instant().plus(AT_MOST);
        while (lastSequence.getAsLong() <= after && clock.instant().isBefore(giveUp)) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
