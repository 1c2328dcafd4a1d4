package uk.ehcworkflow.query.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** What a projection tells the administrators' tools so they can rebuild and reconcile it. */
public interface RebuildableProjection {

    /** The shape every read model had before shapes were recorded. */
    int FIRST_SHAPE = 1;

    /** The processing group (and tracking processor) that builds it. */
    String name();

    /** The read-model collections it owns. */
    List<String> collections();

    /** A second instance that writes the same read model into these collections with a suffix. */
    Object copyWritingTo(String suffix);

    /** The aggregate type whose events it counts (for reconciliation); null for every type. */
    String aggregateType();

    /**
     * The shape of the documents it writes: raised whenever a change needs documents that an
     * earlier version did not write, so that a read model written before is rebuilt on start-up.
     */
    default int shape() {
        return FIRST_SHAPE;
    }

    /** How many of each aggregate's events its read model has absorbed. */
    Map<String, Long> eventsPerAggregate();

    /**
     * The records whose derived entries (their open deadlines) differ from what their documents owe,
     * among those whose documents hold exactly the events the store held at a head every processor had
     * passed: a record changed since may be between its document's write and its entries' in the same
     * batch, and is left for the next reconciliation.
     *
     * @param eventsAtHead each aggregate's events in the store up to that head, as {@link #eventsPerAggregate} counts them
     */
    default List<DerivedDifference> derivedDifferences(Map<String, Long> eventsAtHead) {
        return List.of();
    }

    /** For read models that keep each aggregate's last sequence number in a field: that number plus one. */
    static Map<String, Long> countsFromSequence(MongoCollection<Document> collection, String sequenceField) {
        Map<String, Long> counts = new HashMap<>();
        for (Document stored : collection.find().projection(Projections.include(sequenceField))) {
            Object sequence = sequenceField.contains(".")
                    ? stored.getEmbedded(List.of(sequenceField.split("\\.")), Object.class) : stored.get(sequenceField);
            if (sequence instanceof Number number) {
                counts.put(stored.getString("_id"), number.longValue() + 1);
            }
        }
        return counts;
    }
}
