package uk.ehcworkflow.query.readmodel;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import uk.ehcworkflow.platform.embedded.DirectWrites;

/**
 * Whole documents written by id to one collection, a bounded number at a time: through the
 * driver, or, into a rebuild's new collections in the embedded read store, straight into its
 * maps ({@link DirectWrites}, ADR 25). The embedded read store keeps what one operation writes in
 * memory until the operation ends and it can commit (ADR 19): a rebuild's slice of a million-event
 * history written as one operation held tens of megabytes of pages, and the commit's buffer for
 * them did not fit the heap. The writes stay in order, as one bulk write's do.
 */
final class DocumentWrites {

    /** At most this many writes an operation: a few megabytes of the largest documents. */
    static final int PER_OPERATION = 500;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final DocumentCodec CODEC = new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry());
    private static final EncoderContext COLLECTIBLE = EncoderContext.builder().isEncodingCollectibleDocument(true).build();
    /** The most the rebuild's thread keeps of the buffer it encodes documents in. */
    private static final int LARGEST_KEPT_ENCODING = 1024 * 1024;
    private static final ThreadLocal<BasicOutputBuffer> ENCODING = ThreadLocal.withInitial(() -> new BasicOutputBuffer(64 * 1024));

    private final MongoCollection<Document> collection;
    private final DirectWrites direct;

    /** @param direct where the collection is written straight into the store, or null for through the driver */
    DocumentWrites(MongoCollection<Document> collection, DirectWrites direct) {
        this.collection = collection;
        this.direct = direct;
    }

    /** A document put whole under its id, or (document null) deleted; {@code isNew}: known not to be stored, so inserted. */
    record Change(String id, Document document, boolean isNew) {

        static Change put(String id, Document document, boolean isNew) {
            return new Change(id, document, isNew);
        }

        static Change delete(String id) {
            return new Change(id, null, false);
        }
    }

    boolean isDirect() {
        return direct != null;
    }

    void write(List<Change> changes) {
        for (int from = 0; from < changes.size(); from += PER_OPERATION) {
            List<Change> operation = changes.subList(from, Math.min(changes.size(), from + PER_OPERATION));
            if (direct != null) {
                direct.write(collection.getNamespace().getDatabaseName(), collection.getNamespace().getCollectionName(),
                        operation.stream().map(change -> new DirectWrites.Write(change.id(),
                                change.document() == null ? null : bson(change.document()))).toList());
            } else {
                collection.bulkWrite(operation.stream().map(DocumentWrites::model).toList());
            }
        }
    }

    /** A document's BSON as the driver sends a document it inserts: the id first, then the fields in order. */
    static byte[] bson(Document document) {
        BasicOutputBuffer bytes = ENCODING.get();
        bytes.truncateToPosition(0);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(bytes)) {
            CODEC.encode(writer, document, COLLECTIBLE);
        }
        byte[] encoded = bytes.toByteArray();
        if (bytes.getInternalBuffer().length > LARGEST_KEPT_ENCODING) {
            ENCODING.remove();
        }
        return encoded;
    }

    private static WriteModel<Document> model(Change change) {
        if (change.document() == null) {
            return new DeleteOneModel<>(eq("_id", change.id()));
        }
        return change.isNew() ? new InsertOneModel<>(change.document())
                : new ReplaceOneModel<>(eq("_id", change.id()), change.document(), UPSERT);
    }
}
