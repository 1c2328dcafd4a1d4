package uk.ehcworkflow.query.readstore;

import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVStore;
import org.springframework.scheduling.annotation.Scheduled;
import uk.ehcworkflow.platform.disk.DataDisk;

/**
 * Writes the embedded read store's file once a second, between operations (ADR 19), and keeps it
 * from filling with replaced pages, while the read models are being written and only then. The
 * file is written copy-on-write: every change leaves the page it replaced behind, and compaction
 * rewrites what is still live out of mostly empty chunks so that their space is used again.
 * MVStore's own compaction works hardest when the file is only being read, which is while people
 * wait for answers (ADR 11).
 */
class ReadStoreCompaction {

    /** Compaction starts when less than this share of the file is live: the file stays within about twice its data. */
    static final int TARGET_FILL_PERCENT = 50;
    /**
     * A step waits until at least this much has been written since the last one. The processors
     * record that they still hold their work every few seconds, a few kilobytes each time, even when
     * no event arrives: that alone starts a small step about every two minutes, not every second.
     */
    private static final long SMALLEST_STEP = 1024 * 1024;
    /** At most this much is rewritten a second, so that compaction takes no more than its share of a rebuild. */
    private static final int LARGEST_STEP = 16 * 1024 * 1024;
    /**
     * The most that is left unsaved after an operation until the next step: a rebuild of a million events
     * writes tens of megabytes a second, and a commit once a second then needed a buffer for all of them
     * that a 512 MB heap did not have (the store closed itself, out of memory).
     */
    static final int LARGEST_UNSAVED = 8 * 1024 * 1024;

    private final MVStore file;
    private final BsonFileBackend backend;
    private final DataDisk disk;
    private long writtenAtLastStep;

    ReadStoreCompaction(MVStore file, BsonFileBackend backend, DataDisk disk) {
        this.file = file;
        this.backend = backend;
        this.disk = disk;
        this.writtenAtLastStep = bytesWritten();
        backend.afterEachWrite(this::commitIfLarge);
    }

    /** Commits between operations as soon as an operation leaves more than {@link #LARGEST_UNSAVED} unsaved. */
    void commitIfLarge() {
        if (file.isClosed() || file.getUnsavedMemory() <= LARGEST_UNSAVED) {
            return;
        }
        backend.betweenOperations(() -> {
            if (!file.isClosed() && file.getUnsavedMemory() > LARGEST_UNSAVED && disk.hasRoom()) {
                file.commit();
            }
        });
    }

    /**
     * Rewrites twice as much live data as the read models have written since the last step. Out of
     * chunks up to two-thirds live, that frees at least as much space as the writing left behind,
     * so the file stops growing once it is about twice its data. Reads alone never start a step.
     */
    @Scheduled(fixedDelay = 1_000)
    void step() {
        backend.betweenOperations(() -> {
            if (file.isClosed() || !disk.hasRoom()) {
                return;
            }
            file.commit();
            long written = bytesWritten() - writtenAtLastStep;
            if (written >= SMALLEST_STEP) {
                file.compact(TARGET_FILL_PERCENT, (int) Math.min(2 * written, LARGEST_STEP));
                // Compaction only marks live pages to be written again. Written now, they are not taken
                // for the read models' writing at the next step, so compaction stops when the writing does.
                file.commit();
                writtenAtLastStep = bytesWritten();
            }
        });
    }

    /** MVStore publishes how much it has written to the file only among its figures. */
    private long bytesWritten() {
        AtomicLong bytes = new AtomicLong();
        file.getFileStore().populateInfo((name, value) -> {
            if (name.equals("info.FILE_WRITE_BYTES")) {
                bytes.set(Long.parseLong(value));
            }
        });
        return bytes.get();
    }
}
