package uk.ehcworkflow.query.readmodel;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;

/**
 * Which shape of documents each read model was written in ({@code read_model_shapes}). Events
 * are forever but read models are derived: when a projection starts writing a new shape, a read
 * model written in an older one is rebuilt from the events rather than migrated. Also which read
 * models are owed a rebuild ({@code read_models_owed}): a new read store's processors start at
 * the head while one pass builds what came before, and a process stopped before that pass
 * switched must run it again rather than go on from the head.
 */
public final class ReadModelShapes {

    static final String COLLECTION = "read_model_shapes";
    static final String OWED = "read_models_owed";
    private static final String SHAPE = "shape";

    private final MongoDatabase readStore;
    private final MongoCollection<Document> shapes;
    private final MongoCollection<Document> owed;

    public ReadModelShapes(MongoDatabase readStore) {
        this.readStore = readStore;
        this.shapes = readStore.getCollection(COLLECTION);
        this.owed = readStore.getCollection(OWED);
    }

    /** Records, before anything depends on it, that these read models must be rebuilt from the start of the store. */
    public void owe(Collection<String> names) {
        names.forEach(name -> owed.replaceOne(eq("_id", name), new Document("_id", name), new ReplaceOptions().upsert(true)));
    }

    /** The read models owed a rebuild that has not switched yet. */
    public List<String> owed() {
        return owed.find().map(owing -> owing.getString("_id")).into(new ArrayList<>());
    }

    /**
     * The read models written in an older shape than their projection writes now. An empty read
     * model is simply marked current, unless it is owed a pass. Ask before the processors start, so
     * that a fresh store's first documents are not mistaken for old ones.
     */
    public List<String> outdated(Collection<? extends RebuildableProjection> projections) {
        List<String> owing = owed();
        return projections.stream().filter(projection -> {
            Document stored = shapes.find(eq("_id", projection.name())).first();
            int written = stored == null ? RebuildableProjection.FIRST_SHAPE : stored.getInteger(SHAPE);
            if (written >= projection.shape()) {
                return false;
            }
            // An owed read model is empty because its pass has not switched yet, not because the store is:
            // marking it current would forget the pass, and its processors would go on from the head.
            if (!owing.contains(projection.name())
                    && readStore.getCollection(projection.collections().get(0)).find().limit(1).first() == null) {
                markCurrent(projection);
                return false;
            }
            return true;
        }).map(RebuildableProjection::name).toList();
    }

    /** Records that the projection's read model now holds documents of the shape it writes, built from the whole store. */
    public void markCurrent(RebuildableProjection projection) {
        owed.deleteOne(eq("_id", projection.name()));
        shapes.replaceOne(eq("_id", projection.name()), new Document("_id", projection.name()).append(SHAPE, projection.shape()),
                new ReplaceOptions().upsert(true));
    }
}
