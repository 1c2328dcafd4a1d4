package uk.ehcworkflow.query.readmodel;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
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
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final String resourceKey;

    BatchedCounters(MongoCollection<Document> collection) {
        this.collection = collection;
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

    private void flush(Map<String, List<Increment>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Long> applied = new HashMap<>();
        for (Document stored : collection.find(in("_id", batch.keySet())).projection(Projections.include(APPLIED))) {
            applied.put(stored.getString("_id"), stored.get(APPLIED, Number.class).longValue());
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        batch.forEach((id, increments) -> {
            long alreadyApplied = applied.getOrDefault(id, -1L);
            Map<String, Long> sums = new HashMap<>();
            long highest = alreadyApplied;
            for (Increment increment : increments) {
                if (increment.position > alreadyApplied) {
                    increment.values.forEach((counter, value) -> sums.merge(counter, value, Long::sum));
                    highest = Math.max(highest, increment.position);
                }
            }
            if (highest > alreadyApplied) {
                Document inc = new Document();
                sums.forEach(inc::append);
                Document update = new Document("$set", new Document(APPLIED, highest));
                if (!inc.isEmpty()) {
                    update.append("$inc", inc);
                }
                writes.add(new UpdateOneModel<>(eq("_id", id), update, UPSERT));
            }
        });
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes);
        }
    }

    private record Increment(long position, Map<String, Long> values) {
    }
}
