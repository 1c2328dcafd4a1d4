package uk.ehcworkflow.query.readstore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's MVStore backend with every collection and index map stored as BSON
 * ({@link BsonStorage}). The maps are opened with their types before the stock code asks for
 * them by name, and MVStore hands an open map back as it is. A file written in the stock
 * format cannot be read this way, so the file records its format and a file without that
 * record, but with collections in it, is refused rather than misread.
 */
final class BsonFileBackend extends H2Backend {

    static final String FORMAT = "bson/1";
    private static final String FORMAT_MAP = "ehc.read-store";

    private BsonFileBackend(MVStore store) {
        super(store);
    }

    /** Opens (or creates) the store; refuses a file written in another format. */
    static BsonFileBackend open(MVStore store) {
        MVMap<String, String> about = store.openMap(FORMAT_MAP);
        String format = about.get("format");
        boolean holdsCollections = store.getMapNames().stream().anyMatch(name -> name.startsWith("databases."));
        if (format == null && holdsCollections || format != null && !FORMAT.equals(format)) {
            store.close();
            throw new IllegalStateException("The read store file " + store.getFileStore().getFileName()
                    + " was written in another format (" + (format == null ? "Java serialization" : format)
                    + "). Read models are rebuilt from the event store: delete the file, or name another one.");
        }
        about.put("format", FORMAT);
        return new BsonFileBackend(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonDatabase(databaseName);
    }

    /** An inner class: the stock constructor opens collections before a field of this class could be set. */
    private final class BsonDatabase extends H2Database {

        BsonDatabase(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            getMvStore().openMap("databases." + getFullCollectionNamespace(collectionName),
                    new MVMap.Builder<Object, Document>().keyType(BsonStorage.Values.INSTANCE)
                            .valueType(BsonStorage.Documents.INSTANCE));
            return super.openOrCreateCollection(collectionName, options);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<KeyValue, Object>().keyType(BsonStorage.Keys.INSTANCE)
                            .valueType(BsonStorage.Values.INSTANCE));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
