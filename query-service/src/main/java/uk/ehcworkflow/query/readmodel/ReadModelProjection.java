package uk.ehcworkflow.query.readstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * A projection that owns some read-model collections. It can be instantiated a second time
 * writing to the same collections with a suffix, which is how a rebuild fills fresh collections
 * while the live ones keep serving.
 */
public abstract class ReadModelProjection implements RebuildableProjection {

    protected final MongoDatabase readStore;
    protected final JsonDocuments documents;
    private final String name;
    private final String aggregateType;
    private final String suffix;
    private final List<String> collections;

    protected ReadModelProjection(String name, String aggregateType, MongoDatabase readStore, JsonDocuments documents,
                                  String suffix, String... collections) {
        this.name = name;
        this.aggregateType = aggregateType;
        this.readStore = readStore;
        this.documents = documents;
        this.suffix = suffix;
        this.collections = List.of(collections);
    }

    /** One of this projection's collections, as this instance writes it (with its suffix). */
    protected MongoCollection<Document> collection(String name) {
        return readStore.getCollection(name + suffix);
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

    /** By default, the first collection has a document per aggregate with its last sequence number. */
    @Override
    public Map<String, Long> eventsPerAggregate() {
        return RebuildableProjection.countsFromSequence(collection(collections.get(0)), "lastSequence");
    }
}
