package uk.ehcworkflow.query.readmodel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A projection that owns some read-model collections. It is made in one way, from the
 * collections it writes: Spring makes the live instance from the live ones, and a rebuild makes
 * another from fresh collections beside them, filled while the live ones keep serving.
 */
public abstract class ReadModelProjection implements RebuildableProjection {

    private final ReadModelCollections writing;
    private final String name;
    private final String aggregateType;
    private final Function<ReadModelCollections, ? extends ReadModelProjection> make;
    private final List<String> collections;

    /**
     * @param name          the processing group (and tracking processor) that builds it
     * @param aggregateType the aggregate type whose events it counts, for reconciliation; null for every type
     * @param make          how to make it writing to other collections: usually its constructor
     * @param collections   the collections it owns; by default the first has a document per aggregate
     *                      with that aggregate's last sequence number
     */
    protected ReadModelProjection(ReadModelCollections writing, String name, String aggregateType,
                                  Function<ReadModelCollections, ? extends ReadModelProjection> make,
                                  String... collections) {
        this.writing = writing;
        this.name = name;
        this.aggregateType = aggregateType;
        this.make = make;
        this.collections = List.of(collections);
    }

    @Override
    public final Object copyWritingTo(String suffix) {
        return make.apply(writing.withSuffix(suffix));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> collections() {
        return collections;
    }

    @Override
    public String aggregateType() {
        return aggregateType;
    }

    @Override
    public Map<String, Long> eventsPerAggregate() {
        return sequencesIn(collections.get(0));
    }

    /**
     * The collection's documents, by id, that hold exactly the events the store held at the head (by
     * {@code events}: how many of its aggregate's events a document holds); the ids of the others,
     * changed since, are added to {@code leftOut}.
     */
    protected final <D> Map<String, D> documentsAtHead(String collection, Class<D> type, Map<String, Long> eventsAtHead,
                                                     Function<D, String> idOf, ToLongFunction<D> events,
                                                     Set<String> leftOut) {
        Map<String, D> atHead = new HashMap<>();
        ReadModelScan.inBatches(writing.collection(collection), writing.json(), type, document -> idOf.apply(document) != null,
                batch -> batch.forEach(document -> {
                    String id = idOf.apply(document);
                    if (eventsAtHead.getOrDefault(id, 0L) == events.applyAsLong(document)) {
                        atHead.put(id, document);
                    } else {
                        leftOut.add(id);
                    }
                }));
        return atHead;
    }

    /** What each document owes, by the same id. */
    protected static <D, T> Map<String, List<T>> owing(Map<String, D> documents, Function<D, List<T>> owes) {
        Map<String, List<T>> owed = new HashMap<>();
        documents.forEach((id, document) -> owed.put(id, owes.apply(document)));
        return owed;
    }

    /** For a collection with a document per aggregate that keeps its last sequence number: that number plus one. */
    protected final Map<String, Long> sequencesIn(String collection) {
        return RebuildableProjection.countsFromSequence(writing.collection(collection), "lastSequence");
    }
}
