package uk.ehcworkflow.query.readmodel;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.disk.DataDisk;

/**
 * While the data folder's disk has no room the read models stop taking events, so their store is
 * never caught by a full disk in the middle of a write and goes on answering reads; when room
 * returns they take up where their tokens say, and catch up.
 */
@Component
class DiskPause {

    private static final Logger log = LoggerFactory.getLogger(DiskPause.class);

    /** How long a processor still claiming its segments is waited for before it is paused anyway. */
    private static final Duration CLAIM_WAIT = Duration.ofSeconds(30);

    private final DataDisk disk;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;

    DiskPause(DataDisk disk, EventProcessingConfiguration processing, TokenStore tokens) {
        this.disk = disk;
        this.processing = processing;
        this.tokens = tokens;
    }

    @EventListener(ApplicationReadyEvent.class)
    void watch() {
        disk.onChange(this::roomChanged);
        if (!disk.hasRoom()) {
            roomChanged(false);
        }
    }

    private synchronized void roomChanged(boolean room) {
        processing.eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                if (room && !streaming.isRunning()) {
                    streaming.start();
                } else if (!room && streaming.isRunning()) {
                    SegmentsHeld.await(streaming, tokens.fetchSegments(streaming.getName()).length, CLAIM_WAIT);
                    streaming.shutDown();
                }
            }
        });
        log.info(room ? "Read models take events again" : "Read models paused until the disk has room; reads go on");
    }
}
