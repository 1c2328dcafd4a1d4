package uk.ehcworkflow.query.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * Reads every document of a read model a batch at a time, for lists and figures over all cases
 * or all plans. A large area's read model does not fit in the query service's heap at once (a
 * million events hold some 40,000 plans), so a reader folds each batch into what it keeps and lets
 * the batch go; the read store, for its part, reads each batch only when asked.
 */
public final class ReadModelScan {

    /** Documents per batch: a batch of case timelines is a few megabytes. */
    public static final int BATCH = 500;

    private ReadModelScan() {
    }

    /** The documents of those ids that exist, by id: one query for a batch a page or a return reads together. */
    public static <T> Map<String, T> byIds(MongoCollection<Document> collection, JsonDocuments documents, Class<T> type,
                                           Collection<String> ids) {
        Map<String, T> found = new HashMap<>();
        for (Document stored : collection.find(Filters.in("_id", ids))) {
            found.put(stored.getString("_id"), documents.fromDocument(stored, type));
        }
        return found;
    }

    /** Hands {@code use} each batch of the documents, read as {@code type}, that {@code keep} accepts. */
    public static <T> void inBatches(MongoCollection<Document> collection, JsonDocuments documents, Class<T> type,
                                     Predicate<T> keep, Consumer<List<T>> use) {
        List<T> batch = new ArrayList<>(BATCH);
        try (MongoCursor<Document> stored = collection.find().batchSize(BATCH).iterator()) {
            while (stored.hasNext()) {
                T read = documents.fromDocument(stored.next(), type);
                if (keep.test(read)) {
                    batch.add(read);
                }
                if (batch.size() == BATCH) {
                    use.accept(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        if (!batch.isEmpty()) {
            use.accept(batch);
        }
    }
}
