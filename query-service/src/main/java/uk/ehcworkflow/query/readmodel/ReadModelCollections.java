package uk.ehcworkflow.query.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import uk.ehcworkflow.platform.embedded.DirectWrites;

/**
 * The collections one instance of a projection writes: the live read model's, or, during a
 * rebuild, fresh ones of the same names with a suffix, filled while the live ones keep serving.
 * A projection takes everything it writes through here, so the same code serves both.
 */
public final class ReadModelCollections {

    private final MongoDatabase readStore;
    private final JsonDocuments documents;
    private final String suffix;
    private final DirectWrites direct;

    /** @param direct how the embedded read store takes a rebuild's writes straight into its file; null elsewhere */
    ReadModelCollections(MongoDatabase readStore, JsonDocuments documents, String suffix, DirectWrites direct) {
        this.readStore = readStore;
        this.documents = documents;
        this.suffix = suffix;
        this.direct = direct;
    }

    /** The same collections with a suffix: where a rebuild writes, into new collections, each event once. */
    ReadModelCollections withSuffix(String suffix) {
        return new ReadModelCollections(readStore, documents, suffix, direct);
    }

    /**
     * Whether these are a rebuild's new collections, which see each event exactly once: a document
     * written without being read first is then new, and is inserted rather than looked up to replace.
     * The live read models see an event again after a crash, and must replace.
     */
    private boolean rebuilding() {
        return !suffix.isEmpty();
    }

    /**
     * One document per key, each updated by the events of one type that name it.
     *
     * @param keyOf the document an event updates, so that a batch's documents are loaded in one query
     */
    public <T, E> BatchedDocuments<T> documents(String collection, Class<T> type, Class<E> eventType,
                                                Function<? super E, String> keyOf) {
        return documents(collection, type, message -> eventType.isInstance(message.getPayload())
                ? List.of(keyOf.apply(eventType.cast(message.getPayload()))) : List.of());
    }

    /**
     * Documents that an event's recorded time or sender decide, not only its payload.
     *
     * @param keysOf every document an event updates, so that a batch's documents are loaded in one query
     */
    public <T> BatchedDocuments<T> documents(String collection, Class<T> type,
                                             Function<EventMessage<?>, Collection<String>> keysOf) {
        return new BatchedDocuments<>(collection(collection), writes(collection), type, documents, keysOf, rebuilding());
    }

    /** Entries kept under ids made for range reads, each record's replaced as its events are handled. */
    public <T> RangeEntries<T> rangeEntries(String collection, Function<T, List<String>> keys) {
        return new RangeEntries<>(collection(collection), writes(collection), documents, keys);
    }

    public BatchedCounters counters(String collection) {
        return new BatchedCounters(collection(collection), writes(collection));
    }

    public RecordedCounters recordedCounters(String collection) {
        return RecordedCounters.writing(collection(collection), writes(collection));
    }

    /**
     * How the batched kinds write whole documents to a collection: a rebuild's new collections, which
     * nothing else reads or writes until they are switched in, straight into the embedded store.
     */
    DocumentWrites writes(String name) {
        return new DocumentWrites(collection(name), rebuilding() ? direct : null);
    }

    /** A collection as this instance writes it, for writes that the batched kinds do not cover. */
    public MongoCollection<Document> collection(String name) {
        return readStore.getCollection(name + suffix);
    }

    public JsonDocuments json() {
        return documents;
    }
}
