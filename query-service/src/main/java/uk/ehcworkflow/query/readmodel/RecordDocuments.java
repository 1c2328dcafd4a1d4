package uk.ehcworkflow.query.readmodel;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.util.function.ToLongFunction;
import org.bson.Document;
import uk.ehcworkflow.query.common.ReadYourWrite;

/**
 * The read models kept one document a record (a case, a plan, a dispute, an action, a sitting),
 * by the record's id: what every reader of one of them asks, in one place.
 */
public final class RecordDocuments<T> {

    private final MongoCollection<Document> collection;
    private final JsonDocuments documents;
    private final Class<T> type;
    private final ToLongFunction<T> lastSequence;
    private final Clock clock;

    /** @param lastSequence the sequence number of the record's last event in its read model */
    public RecordDocuments(MongoCollection<Document> collection, JsonDocuments documents, Class<T> type,
                           ToLongFunction<T> lastSequence, Clock clock) {
        this.collection = collection;
        this.documents = documents;
        this.type = type;
        this.lastSequence = lastSequence;
        this.clock = clock;
    }

    /** The record's read model now, or null if the read side does not know it (yet). */
    public T byId(String id) {
        Document stored = collection.find(eq("_id", id)).first();
        return stored == null ? null : documents.fromDocument(stored, type);
    }

    /** Waits, briefly, until the read model shows an event of the record after that sequence number ({@link ReadYourWrite}). */
    public void awaitChange(String id, long afterSequence) {
        ReadYourWrite.await(clock, () -> {
            T now = byId(id);
            return now == null ? -1 : lastSequence.applyAsLong(now);
        }, afterSequence);
    }
}
