package uk.ehcworkflow.query.readstore;

import org.h2.mvstore.MVStore;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the embedded read store's file from filling with replaced pages, while the read models
 * are being written and only then. The file is written copy-on-write: every change leaves the
 * page it replaced behind, and compaction rewrites what is still live out of mostly empty chunks
 * so that their space is used again. MVStore's own compaction works hardest when the file is
 * only being read, which is while people wait for answers (ADR 11).
 */
class ReadStoreCompaction {

    /** Compaction starts when less than this share of the file is live: the file stays within about twice its data. */
    static final int TARGET_FILL_PERCENT = 50;
    /** At most this much is rewritten a second: a rebuild leaves about this much behind. */
    private static final int BYTES_PER_STEP = 16 * 1024 * 1024;

    private final MVStore file;
    private long lastVersion;

    ReadStoreCompaction(MVStore file) {
        this.file = file;
        this.lastVersion = file.getCurrentVersion();
    }

    /** One step, if something was written since the last: reads alone never start one. */
    @Scheduled(fixedDelay = 1_000)
    void step() {
        if (file.isClosed()) {
            return;
        }
        long version = file.getCurrentVersion();
        if (version != lastVersion) {
            lastVersion = version;
            file.compact(TARGET_FILL_PERCENT, BYTES_PER_STEP);
        }
    }
}
