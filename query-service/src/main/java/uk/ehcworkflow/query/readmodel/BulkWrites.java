package uk.ehcworkflow.query.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.Document;

/**
 * Writes a batch's documents a bounded number at a time. The embedded read store keeps what one
 * operation writes in memory until the operation ends and it can commit (ADR 19): a rebuild's slice
 * of a million-event history written as one operation held tens of megabytes of pages, and the
 * commit's buffer for them did not fit the heap. The writes stay in order, as one bulk write's do.
 */
final class BulkWrites {

    /** At most this many writes an operation: a few megabytes of the largest documents. */
    static final int PER_OPERATION = 500;

    private BulkWrites() {
    }

    static void write(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        for (int from = 0; from < writes.size(); from += PER_OPERATION) {
            collection.bulkWrite(writes.subList(from, Math.min(writes.size(), from + PER_OPERATION)));
        }
    }
}
