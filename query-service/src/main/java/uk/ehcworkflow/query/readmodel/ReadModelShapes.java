package uk.ehcworkflow.query.readmodel;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Collection;
import java.util.List;
import org.bson.Document;

/**
 * Which shape of documents each read model was written in ({@code read_model_shapes}). Events
 * are forever but read models are derived: when a projection starts writing a new shape, a read
 * model written in an older one is rebuilt from the events rather than migrated.
 */
public final class ReadModelShapes {

    static final String COLLECTION = "read_model_shapes";
    private static final String SHAPE = "shape";

    private final MongoDatabase readStore;
    private final MongoCollection<Document> shapes;

    public ReadModelShapes(MongoDatabase readStore) {
        this.readStore = readStore;
        this.shapes = readStore.getCollection(COLLECTION);
    }

    /**
     * The read models written in an older shape than their projection writes now. An empty read
     * model is simply marked current. Ask before the processors start, so that a fresh store's
     * first documents are not mistaken for old ones.
     */
    public List<String> outdated(Collection<? extends RebuildableProjection> projections) {
        return projections.stream().filter(projection -> {
            Document stored = shapes.find(eq("_id", projection.name())).first();
            int written = stored == null ? RebuildableProjection.FIRST_SHAPE : stored.getInteger(SHAPE);
            if (written >= projection.shape()) {
                return false;
            }
            if (readStore.getCollection(projection.collections().get(0)).find().limit(1).first() == null) {
                markCurrent(projection);
                return false;
            }
            return true;
        }).map(RebuildableProjection::name).toList();
    }

    /** Records that the projection's read model now holds documents of the shape it writes. */
    public void markCurrent(RebuildableProjection projection) {
        shapes.replaceOne(eq("_id", projection.name()), new Document("_id", projection.name()).append(SHAPE, projection.shape()),
                new ReplaceOptions().upsert(true));
    }
}
