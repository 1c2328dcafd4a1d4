package uk.ehcworkflow.query.readmodel;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Waits until a running processor holds every segment of its own, before anything shuts it down. A
 * tracking processor shut down while it is in the middle of claiming a segment (as it does just
 * after a restart, while a killed process's claims run out) keeps that segment's thread counted as
 * busy and, started again, never claims the segment: it runs for ever without reading an event.
 * Shut down while it holds its segments, its workers stop and release them cleanly.
 */
public final class SegmentsHeld {

    private SegmentsHeld() {
    }

    /** True once it holds them (or is not running); false if it still does not after {@code wait}. */
    public static boolean await(StreamingEventProcessor processor, int segments, Duration wait) {
        Instant giveUp = Instant.now().plus(wait);
        while (processor.isRunning() && processor.processingStatus().size() < segments) {
            if (Instant.now().isAfter(giveUp)) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
