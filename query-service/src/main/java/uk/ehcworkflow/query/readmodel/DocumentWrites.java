package uk.ehcworkflow.query.readmodel;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.BsonBinaryWriter;
import org.bson.BsonType;
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

    /**
     * A document's BSON as the driver sends a document it inserts: the id first, then the fields in
     * order. The read models' documents hold strings, numbers, booleans, nulls, dates, maps and lists,
     * written here as the driver's codec writes them; the codec, which looks up a codec for every value
     * and checks each nested map for cycles, took an eighth of a rebuild. Anything else goes through
     * the codec.
     */
    static byte[] bson(Document document) {
        BasicOutputBuffer bytes = ENCODING.get();
        bytes.truncateToPosition(0);
        if (!Bson.document(bytes, document, true)) {
            bytes.truncateToPosition(0);
            try (BsonBinaryWriter writer = new BsonBinaryWriter(bytes)) {
                CODEC.encode(writer, document, COLLECTIBLE);
            }
        }
        byte[] encoded = bytes.toByteArray();
        if (bytes.getInternalBuffer().length > LARGEST_KEPT_ENCODING) {
            ENCODING.remove();
        }
        return encoded;
    }

    /** BSON written by hand for the values the read models hold; false, part written, for any other. */
    private static final class Bson {

        private Bson() {
        }

        static boolean document(BasicOutputBuffer out, Map<?, ?> fields, boolean idFirst) {
            int start = out.getPosition();
            out.writeInt32(0);
            if (idFirst && fields.containsKey("_id") && !element(out, "_id", fields.get("_id"))) {
                return false;
            }
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                if (!(field.getKey() instanceof String name)) {
                    return false;
                }
                if (!(idFirst && name.equals("_id")) && !element(out, name, field.getValue())) {
                    return false;
                }
            }
            out.writeByte(0);
            out.writeInt32(start, out.getPosition() - start);
            return true;
        }

        private static boolean element(BasicOutputBuffer out, String name, Object value) {
            if (value instanceof String text) {
                header(out, BsonType.STRING, name);
                out.writeString(text);
            } else if (value instanceof Integer number) {
                header(out, BsonType.INT32, name);
                out.writeInt32(number);
            } else if (value instanceof Long number) {
                header(out, BsonType.INT64, name);
                out.writeInt64(number);
            } else if (value instanceof Double number) {
                header(out, BsonType.DOUBLE, name);
                out.writeDouble(number);
            } else if (value instanceof Boolean flag) {
                header(out, BsonType.BOOLEAN, name);
                out.writeByte(flag ? 1 : 0);
            } else if (value == null) {
                header(out, BsonType.NULL, name);
            } else if (value instanceof Date date) {
                header(out, BsonType.DATE_TIME, name);
                out.writeInt64(date.getTime());
            } else if (value instanceof Map<?, ?> map) {
                header(out, BsonType.DOCUMENT, name);
                return document(out, map, false);
            } else if (value instanceof List<?> list) {
                header(out, BsonType.ARRAY, name);
                int start = out.getPosition();
                out.writeInt32(0);
                for (int i = 0; i < list.size(); i++) {
                    if (!element(out, Integer.toString(i), list.get(i))) {
                        return false;
                    }
                }
                out.writeByte(0);
                out.writeInt32(start, out.getPosition() - start);
            } else {
                return false;
            }
            return true;
        }

        private static void header(BasicOutputBuffer out, BsonType type, String name) {
            out.writeByte(type.getValue());
            out.writeCString(name);
        }
    }

    private static WriteModel<Document> model(Change change) {
        if (change.document() == null) {
            return new DeleteOneModel<>(eq("_id", change.id()));
        }
        return change.isNew() ? new InsertOneModel<>(change.document())
                : new ReplaceOneModel<>(eq("_id", change.id()), change.document(), UPSERT);
    }
}
