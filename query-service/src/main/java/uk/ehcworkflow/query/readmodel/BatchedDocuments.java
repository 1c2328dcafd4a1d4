package uk.ehcworkflow.query.readmodel;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;

/**
 * One document per key, read at most once per processing batch and written back in a single
 * bulk write when the batch commits, so a projection makes one round trip per batch rather
 * than two per event. A document known not to be stored is inserted, which costs the store far
 * less than a replacement that must first look for it.
 */
public final class BatchedDocuments<T> {

    private final MongoCollection<Document> collection;
    private final DocumentWrites writes;
    private final Class<T> type;
    private final JsonDocuments documents;
    private final Function<EventMessage<?>, Collection<String>> keysOf;
    private final String resourceKey;
    private final boolean blindWritesAreNew;

    /** @param blindWritesAreNew a document written without being read is not stored yet (a rebuild's new collections) */
    BatchedDocuments(MongoCollection<Document> collection, DocumentWrites writes, Class<T> type, JsonDocuments documents,
                     Function<EventMessage<?>, Collection<String>> keysOf, boolean blindWritesAreNew) {
        this.collection = collection;
        this.writes = writes;
        this.type = type;
        this.documents = documents;
        this.keysOf = keysOf;
        this.blindWritesAreNew = blindWritesAreNew;
        this.resourceKey = BatchedDocuments.class.getName() + "/" + collection.getNamespace() + "/" + type.getName();
    }

    /** The document as this batch has left it, or null if it does not exist yet. */
    public T get(String id) {
        Map<String, Pending<T>> batch = batch();
        Pending<T> pending = batch.get(id);
        if (pending != null) {
            return pending.value;
        }
        Document stored = collection.find(eq("_id", id)).first();
        T value = stored == null ? null : documents.fromDocument(stored, type);
        batch.put(id, new Pending<>(value, false, stored != null));
        return value;
    }

    /**
     * Applies a change to the document (created fresh if it does not exist yet) and marks it to
     * be written if the change reports that it changed anything.
     */
    public void update(String id, Supplier<T> fresh, Predicate<T> change) {
        T value = get(id);
        if (value == null) {
            value = fresh.get();
        }
        if (change.test(value)) {
            put(id, value);
        }
    }

    /** Marks the document to be written when the batch commits. */
    public void put(String id, T value) {
        Map<String, Pending<T>> batch = batch();
        Pending<T> loaded = batch.get(id);
        batch.put(id, new Pending<>(value, true, loaded == null ? !blindWritesAreNew : loaded.stored));
    }

    private Map<String, Pending<T>> batch() {
        return BatchScope.resource(resourceKey, BatchScope.DOCUMENTS, this::prefetched, this::flush);
    }

    /** A new batch's cache, holding already every document its events will touch. */
    private Map<String, Pending<T>> prefetched() {
        Map<String, Pending<T>> batch = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        BatchScope.messages().forEach(message -> ids.addAll(keysOf.apply(message)));
        if (ids.size() > 1) {
            for (Document stored : collection.find(in("_id", ids))) {
                batch.put(stored.getString("_id"), new Pending<>(documents.fromDocument(stored, type), false, true));
            }
            ids.forEach(id -> batch.putIfAbsent(id, new Pending<>(null, false, false)));
        }
        return batch;
    }

    private void flush(Map<String, Pending<T>> batch) {
        List<DocumentWrites.Change> changes = new ArrayList<>();
        batch.forEach((id, pending) -> {
            if (pending.changed) {
                changes.add(DocumentWrites.Change.put(id, documents.toDocument(id, pending.value), !pending.stored));
            }
        });
        writes.write(changes);
    }

    /** @param stored whether the store held the document when the batch began (or, unknown, may have) */
    private record Pending<T>(T value, boolean changed, boolean stored) {
    }
}
