package uk.ehcworkflow.query.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
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

    private final DataDisk disk;
    private final EventProcessingConfiguration processing;

    DiskPause(DataDisk disk, EventProcessingConfiguration processing) {
        this.disk = disk;
        this.processing = processing;
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
                    streaming.shutDown();
                }
            }
        });
        log.info(room ? "Read models take events again" : "Read models paused until the disk has room; reads go on");
    }
}
