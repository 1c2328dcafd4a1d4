package uk.ehcworkflow.query.readmodel;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Counter documents incremented by events, exactly once each although events can be delivered
 * again after a crash. Each document remembers the highest event position it has absorbed
 * ({@code applied}); when a batch commits, only increments from later positions are written.
 * That needs the events of one document to arrive in position order: one thread per processor.
 */
public final class BatchedCounters {

    /** The field in which a counter document remembers the highest event position it has absorbed. */
    public static final String APPLIED = "applied";

    private final MongoCollection<Document> collection;
    private final DocumentWrites writes;
    private final String resourceKey;

    BatchedCounters(MongoCollection<Document> collection, DocumentWrites writes) {
        this.collection = collection;
        this.writes = writes;
        this.resourceKey = BatchedCounters.class.getName() + "/" + collection.getNamespace();
    }

    /** Adds increments (which may be negative) to a document on behalf of the event at {@code position}. */
    public void add(String id, long position, Map<String, Long> increments) {
        if (!increments.isEmpty()) {
            batch().computeIfAbsent(id, key -> new ArrayList<>()).add(new Increment(position, increments));
        }
    }

    private Map<String, List<Increment>> batch() {
        return BatchScope.resource(resourceKey, BatchScope.COUNTERS, LinkedHashMap::new, this::flush);
    }

    /**
     * Adds each document's increments to it here and writes it whole. The embedded read store applies a
     * {@code $inc} field by field, splitting each dotted path with a regular expression: on a rebuild's
     * thousands of counters a slice, that was a quarter of the store's work; a replacement it just stores.
     */
    private void flush(Map<String, List<Increment>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Document> stored = new HashMap<>();
        for (Document document : collection.find(in("_id", batch.keySet()))) {
            stored.put(document.getString("_id"), document);
        }
        List<DocumentWrites.Change> changes = new ArrayList<>();
        batch.forEach((id, increments) -> {
            Document document = stored.getOrDefault(id, new Document("_id", id));
            long alreadyApplied = document.get(APPLIED) instanceof Number applied ? applied.longValue() : -1L;
            long highest = alreadyApplied;
            for (Increment increment : increments) {
                if (increment.position > alreadyApplied) {
                    increment.values.forEach((counter, value) -> add(document, counter, value));
                    highest = Math.max(highest, increment.position);
                }
            }
            if (highest > alreadyApplied) {
                document.put(APPLIED, highest);
                changes.add(DocumentWrites.Change.put(id, document, false));
            }
        });
        writes.write(changes);
    }

    /** Adds to the counter at a dotted path ({@code 2024-06-03.advice.HEALTH.pastDue}), as {@code $inc} would. */
    private static void add(Document document, String path, long value) {
        Document parent = document;
        int from = 0;
        for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', from)) {
            String field = path.substring(from, dot);
            Object child = parent.get(field);
            if (!(child instanceof Document nested)) {
                Document created = new Document();
                parent.put(field, created);
                parent = created;
            } else {
                parent = nested;
            }
            from = dot + 1;
        }
        String leaf = path.substring(from);
        parent.put(leaf, parent.get(leaf) instanceof Number existing ? existing.longValue() + value : value);
    }

    private record Increment(long position, Map<String, Long> values) {
    }
}
