package uk.ehcworkflow.query.readstore;

import java.util.Map;
import org.h2.mvstore.SingleFileStore;
import org.h2.mvstore.WriteBuffer;

/**
 * The read store's file, keeping the buffer its largest commits are written through. MVStore
 * gives each commit a buffer from a pool that takes back only buffers of up to 4 MB, and a commit
 * of the read models' writes is larger (up to {@link ReadStoreCompaction#LARGEST_UNSAVED} and the
 * operation that passed it): each one grew a new buffer from a megabyte by copying, again and
 * again. In a rebuild that was a seventh of everything the query service allocated, all of it in
 * arrays large enough for the collector to place straight in the old generation, where they set
 * off collections of the whole heap. The largest buffer up to {@link #LARGEST_KEPT} is kept instead
 * and handed to the next commit.
 */
final class KeptBufferFileStore extends SingleFileStore {

    /** The most kept between commits, for good: the heap is 512 MB. */
    static final int LARGEST_KEPT = 4 * ReadStoreCompaction.LARGEST_UNSAVED;
    /** MVStore's own pool takes buffers up to this size. */
    private static final int POOLED = 4 * 1024 * 1024;

    private WriteBuffer kept;

    KeptBufferFileStore(Map<String, Object> config) {
        super(config);
    }

    @Override
    public WriteBuffer getWriteBuffer() {
        synchronized (this) {
            if (kept != null) {
                WriteBuffer buffer = kept;
                kept = null;
                // its bytes cleared as WriteBuffer.clear() would, which lets a buffer over 4 MB go
                buffer.getBuffer().clear();
                return buffer;
            }
        }
        return super.getWriteBuffer();
    }

    @Override
    public void releaseWriteBuffer(WriteBuffer buffer) {
        if (buffer.capacity() <= POOLED) {
            super.releaseWriteBuffer(buffer);
            return;
        }
        synchronized (this) {
            if (buffer.capacity() <= LARGEST_KEPT && (kept == null || kept.capacity() < buffer.capacity())) {
                kept = buffer;
            }
        }
    }

    /** The capacity of the buffer kept for the next commit (0 when none is). */
    synchronized int keptCapacity() {
        return kept == null ? 0 : kept.capacity();
    }
}
