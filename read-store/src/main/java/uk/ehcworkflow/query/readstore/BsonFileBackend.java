package uk.ehcworkflow.query.readstore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import uk.ehcworkflow.platform.embedded.DirectWrites;

/**
 * mongo-java-server's MVStore backend with every collection and index map stored as BSON
 * ({@link BsonStorage}). The maps are opened with their types before the stock code asks for
 * them by name, and MVStore hands an open map back as it is. A file written in the stock
 * format cannot be read this way, so the file records its format and a file without that
 * record, but with collections in it, is refused rather than misread.
 *
 * <p>One operation writes several maps: a document and each of its indexes. MVStore's own
 * background commit could write a version of the file between two of them, and a process killed
 * then restarted with an index that disagrees with its documents: an upsert that finds no document
 * by the index and then finds one in the way, refused on every retry, stops a read model for
 * good. So the file is opened without background commits, every operation holds a shared lock,
 * and the file is written only {@link #betweenOperations while none is under way} (ADR 19).
 */
final class BsonFileBackend extends H2Backend implements DirectWrites {

    static final String FORMAT = "bson/1";
    private static final String FORMAT_MAP = "ehc.read-store";

    /**
     * Commands that only read: they need no lock, since MVStore lets them read a consistent map while
     * the file is written, and people waiting for a dashboard do not wait for a commit or a compaction.
     */
    private static final Set<String> READS = Set.of("find", "getmore", "killcursors", "count", "listcollections",
            "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo", "endsessions");

    /** Fair, so that a commit waiting for the operations under way is not overtaken by new ones. */
    private final ReentrantReadWriteLock operations = new ReentrantReadWriteLock(true);
    /** Run after each operation that may have written, once it holds no lock: see {@link ReadStoreCompaction}. */
    private volatile Runnable afterWrite = () -> { };

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
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        // As MongoDB does when a client names no batch size: a first batch of 101, the rest a batch
        // at a time when asked for (StoredAsBson.matchDocuments), rather than every match at once.
        if ("find".equalsIgnoreCase(command) && !query.containsKey("batchSize")) {
            query.put("batchSize", StoredAsBson.DEFAULT_BATCH);
        } else if ("getMore".equalsIgnoreCase(command)
                && !(query.get("batchSize") instanceof Number size && size.intValue() > 0)) {
            query.put("batchSize", StoredAsBson.DEFAULT_MORE);
        }
        if (READS.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, database, command, query);
        }
        operations.readLock().lock();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            operations.readLock().unlock();
            afterWrite.run();
        }
    }

    /** What to do after each operation that may have written, once it holds no lock (one at a time). */
    void afterEachWrite(Runnable work) {
        this.afterWrite = work;
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        operations.readLock().lock();
        try {
            return super.handleQuery(query);
        } finally {
            operations.readLock().unlock();
        }
    }

    /** Runs {@code work}, which writes the file (a commit, a compaction), while no operation is half done. */
    void betweenOperations(Runnable work) {
        operations.writeLock().lock();
        try {
            work.run();
        } finally {
            operations.writeLock().unlock();
        }
    }

    @Override
    public void write(String database, String collection, List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        operations.readLock().lock();
        try {
            if (!(resolveDatabase(database).resolveCollection(collection, false) instanceof StoredAsBson target)) {
                throw new IllegalStateException("No collection " + database + "." + collection + " to write directly");
            }
            target.writeDirectly(writes);
        } finally {
            operations.readLock().unlock();
            afterWrite.run();
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonDatabase(databaseName);
    }

    /**
     * A collection whose documents are kept in its map as their BSON bytes, encoded once when put.
     * The stock collection keeps document objects: a commit then encoded every document of each
     * page it wrote, the unchanged ones beside the one changed, again at every commit (a third of a
     * large rebuild's time), and a page read from the file decoded every document in it, wanted or
     * not. Bytes are copied as they are, counted in the store's cache at their size (several times
     * more of the file fits in it), and decoded only when a document is wanted.
     *
     * <p>Every document handed out is decoded afresh, so no stored document is ever changed in
     * place: the stock server updates the very object it is given before putting it back, and a
     * version of the file being written at that moment would hold a document newer than the rest
     * of that version (a tracking token ahead of the read models it stands for).
     *
     * <p>The stock collection's methods that touch its map are all replaced here; the map it is
     * given is this one, under its declared type, for its constructor alone.
     */
    private static final class StoredAsBson extends H2Collection {

        /** A first batch when the client names none: MongoDB's own. */
        private static final int DEFAULT_BATCH = 101;
        /** A later batch when the client names none (MongoDB fills 16 MB). */
        private static final int DEFAULT_MORE = 1_000;

        private final MVMap<Object, byte[]> documents;

        @SuppressWarnings({"unchecked", "rawtypes"})
        StoredAsBson(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, byte[]> documents,
                     MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, (MVMap) documents, meta, cursors);
            this.documents = documents;
        }

        /**
         * The stock collection encodes every document it adds, and the old and new of every one it
         * replaces, to keep a running total of their sizes for {@code collStats}, which nothing here
         * asks for: three encodings of a replaced document beside the one that stores it, each in a
         * buffer grown afresh, and a write to the collection's facts. The total is not kept.
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        /**
         * Puts and deletes whole documents by id, with their id's index entry, as the stock collection's
         * inserts, replacements and deletes by id would leave them ({@link DirectWrites}). Only for a
         * collection whose one real index is its id's: the read models ask for others, which this
         * server keeps as no index at all. The index's entry is the key the stock index makes of an id
         * (the id alone) pointing to the document's position (its id), put and removed in the index's
         * map directly: a document put where there was none has no entry yet, as the stock index
         * checks by looking again, and the stock index's own way works out the key field by field.
         */
        synchronized void writeDirectly(List<DirectWrites.Write> writes) {
            Index<Object> idIndex = null;
            for (Index<Object> index : getIndexes()) {
                if (index instanceof EmptyIndex<?>) {
                    continue;
                }
                if (idIndex != null || !index.isUnique() || index.getKeys().size() != 1
                        || !"_id".equals(index.getKeys().get(0).getKey())) {
                    throw new IllegalStateException(this + " has an index other than its id's: " + index);
                }
                idIndex = index;
            }
            if (idIndex == null) {
                throw new IllegalStateException(this + " has no index of its ids");
            }
            MVMap<KeyValue, Object> ids = uniqueIndexMap(documents.getStore(), getFullName(), idIndex.getName());
            for (DirectWrites.Write write : writes) {
                if (write.document() == null) {
                    if (documents.remove(write.id()) != null) {
                        ids.remove(new KeyValue(write.id()));
                    }
                } else if (documents.put(write.id(), write.document()) == null) {
                    ids.put(new KeyValue(write.id()), write.id());
                }
            }
        }

        @Override
        protected Object addDocumentInternal(Document document) {
            Object id = getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
            byte[] previous = documents.put(Missing.ofNullable(id), BsonStorage.encode(document));
            if (previous != null) {
                throw new IllegalStateException("Document with key '" + id + "' already existed in " + this);
            }
            return id;
        }

        @Override
        protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
            documents.put(Missing.ofNullable(position), BsonStorage.encode(newDocument));
        }

        @Override
        protected void removeDocument(Object position) {
            if (documents.remove(position) == null) {
                throw new NoSuchElementException("No document with key " + position);
            }
        }

        @Override
        protected Document getDocument(Object position) {
            byte[] stored = documents.get(position);
            return stored == null ? null : BsonStorage.decode(stored);
        }

        @Override
        public int count() {
            return documents.size();
        }

        @Override
        public boolean isEmpty() {
            return documents.isEmpty();
        }

        @Override
        protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
            return documents.entrySet().stream()
                    .map(entry -> new DocumentWithPosition<>(BsonStorage.decode(entry.getValue()), entry.getKey()));
        }

        /**
         * A {@code $in} look-up of many ids ({@code {"_id": {"$in": [...]}}}, how a batch of events loads its documents)
         * finds them through the id index; the stock server then checks each found document against every
         * id in the list again, which for a batch of a few thousand ids cost more than the rest of a rebuild's
         * reads. The ids are put in a set once per query instead. Only ids that are strings, which compare
         * as they are: other values keep MongoDB's rules for comparing numbers and the like.
         */
        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
            Set<Object> ids = IdSet.of(query);
            return ids != null ? ids.contains(document.get("_id")) : super.documentMatchesQuery(document, query);
        }

        /**
         * A client's scan of a collection in stored order is read batch by batch: the stock server
         * gathers every matching document before answering, and a read of every plan in a large area
         * then holds them all in the read store's heap at once. Sorted reads, projections other
         * than a list of fields to include, and the server's own matching for updates and counts
         * (which ask for no batch), gather as the stock collection does.
         */
        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fields) {
            if (batchSize > 0 && (orderBy == null || orderBy.isEmpty()) && Included.canProject(fields)) {
                Streamed cursor = new Streamed(query, skip, limit, fields);
                List<Document> first = cursor.takeDocuments(batchSize);
                if (cursor.isEmpty()) {
                    return new QueryResult(first);
                }
                cursorRegistry.add(cursor);
                return new QueryResult(first, cursor);
            }
            Stream<Document> all = isNaturalDescending(orderBy)
                    ? streamAllDocumentsWithPosition()
                            .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                            .map(DocumentWithPosition::getDocument)
                    : documents.values().stream().map(BsonStorage::decode);
            return matchDocumentsFromStream(all, query, orderBy, skip, limit, batchSize, fields);
        }

        /**
         * Where a scan has got to: the key of the last document it passed. Each batch reads the map
         * as it is then, from the next key on, so a client that reads slowly holds no version of
         * the file and no document it has not yet been sent; as with MongoDB's own cursors, a
         * document written during the scan may or may not be met.
         */
        private final class Streamed extends AbstractCursor {

            private final Document query;
            private final Document fields;
            private int toSkip;
            private int toReturn;
            private final IdRange ids;
            private final boolean idsOnly;
            private Object passed;
            private boolean exhausted;

            Streamed(Document query, int skip, int limit, Document fields) {
                super(cursorRegistry.generateCursorId());
                this.query = query;
                this.ids = IdRange.of(query);
                this.idsOnly = ids != null && ids.wholeQuery() && Included.isIdAlone(fields);
                this.fields = fields;
                this.toSkip = skip;
                this.toReturn = limit > 0 ? limit : Integer.MAX_VALUE;
            }

            @Override
            public boolean isEmpty() {
                return exhausted;
            }

            @Override
            public List<Document> takeDocuments(int batch) {
                List<Document> taken = new ArrayList<>();
                Object from = passed != null ? documents.higherKey(passed)
                        : ids != null ? documents.ceilingKey(ids.from()) : documents.firstKey();
                Cursor<Object, byte[]> stored = from == null ? null : documents.cursor(from);
                while (stored != null && stored.hasNext() && taken.size() < batch && toReturn > 0) {
                    passed = stored.next();
                    if (ids != null && ids.isPast(passed)) {
                        stored = null;
                        break;
                    }
                    if (idsOnly) {
                        // the key is all that is asked for and all the query looks at: no document is decoded
                        if (toSkip > 0) {
                            toSkip--;
                        } else {
                            taken.add(new Document("_id", passed));
                            toReturn--;
                        }
                        continue;
                    }
                    Document document = BsonStorage.decode(stored.getValue());
                    if (documentMatchesQuery(document, query)) {
                        if (toSkip > 0) {
                            toSkip--;
                        } else {
                            taken.add(Included.project(document, fields));
                            toReturn--;
                        }
                    }
                }
                exhausted = toReturn == 0 || stored == null || !stored.hasNext();
                return taken;
            }
        }
    }

    /** The ids a query asks for by {@code $in} alone, as a set, made once for each query however many documents it checks. */
    static final class IdSet {

        private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

        private IdSet() {
        }

        /** The set, or null when the query is anything but {@code {"_id": {"$in": [strings]}}}. */
        static Set<Object> of(Document query) {
            Object[] last = LAST.get();
            if (last != null && last[0] == query) {
                @SuppressWarnings("unchecked")
                Set<Object> ids = (Set<Object>) last[1];
                return ids;
            }
            Set<Object> ids = null;
            if (query.size() == 1 && query.get("_id") instanceof Document condition && condition.size() == 1
                    && condition.get("$in") instanceof Collection<?> wanted
                    && wanted.stream().allMatch(String.class::isInstance)) {
                ids = new HashSet<>(wanted);
            }
            LAST.set(new Object[] {query, ids});
            return ids;
        }
    }

    /**
     * A query for a range of string ids ({@code {"_id": {"$gte": "a|", "$lt": "a|2027-01-01"}}}), read
     * as MongoDB reads it with its id index: from the first id in the range to the last, since the
     * collection's map is kept in id order, rather than by looking at every document. The read models
     * that key documents for range reads (the open deadlines) depend on it; the query is still matched
     * against each document read, so the range only saves the reading.
     *
     * @param wholeQuery the query is the range and nothing else, its first id included: a key met in the
     *                   range matches without its document being looked at
     */
    record IdRange(String from, String to, boolean toIncluded, boolean wholeQuery) {

        static IdRange of(Document query) {
            Document bounds = new Document();
            int conditions = 0;
            if (query.size() == 1 && query.get("$and") instanceof List<?> clauses) {
                // as the Java driver writes and(gte("_id", a), lt("_id", b))
                for (Object clause : clauses) {
                    if (!(clause instanceof Document condition && condition.size() == 1
                            && condition.get("_id") instanceof Document bound)) {
                        return null;
                    }
                    bounds.putAll(bound);
                    conditions += bound.size();
                }
            } else if (query.get("_id") instanceof Document bound) {
                bounds = bound;
                conditions = query.size() - 1 + bound.size();
            } else {
                return null;
            }
            Object from = bounds.containsKey("$gte") ? bounds.get("$gte") : bounds.get("$gt");
            Object to = bounds.containsKey("$lt") ? bounds.get("$lt") : bounds.get("$lte");
            return from instanceof String lower && to instanceof String upper
                    ? new IdRange(lower, upper, bounds.containsKey("$lte"), conditions == 2 && bounds.containsKey("$gte"))
                    : null;
        }


        /** Whether an id, met in id order, is beyond the range (a string after it, or any later type). */
        boolean isPast(Object id) {
            if (!(id instanceof String value)) {
                return true;
            }
            int order = value.compareTo(to);
            return toIncluded ? order > 0 : order >= 0;
        }
    }

    /**
     * A projection that names the fields to include ({@code {"aggregateId": 1, "state.sequence": 1}}),
     * the only kind the readers ask for, applied to a document as it is streamed; the id comes too.
     */
    private static final class Included {

        private Included() {
        }

        static boolean canProject(Document fields) {
            return fields == null || fields.values().stream()
                    .allMatch(value -> Boolean.TRUE.equals(value) || value instanceof Number number && number.intValue() == 1);
        }

        /** Whether the projection asks for the id alone ({@code {"_id": 1}}). */
        static boolean isIdAlone(Document fields) {
            return fields != null && fields.size() == 1 && fields.containsKey("_id") && canProject(fields);
        }

        static Document project(Document stored, Document fields) {
            if (fields == null || fields.isEmpty()) {
                return stored;
            }
            Document projected = new Document("_id", stored.get("_id"));
            for (String path : fields.keySet()) {
                copy(stored, projected, path.split("\\."), 0);
            }
            return projected;
        }

        private static void copy(Document from, Document to, String[] path, int depth) {
            Object value = from.get(path[depth]);
            if (value == null && !from.containsKey(path[depth])) {
                return;
            }
            if (depth == path.length - 1) {
                to.put(path[depth], value);
            } else if (value instanceof Document nested) {
                Document inner = to.get(path[depth]) instanceof Document existing ? existing : new Document();
                copy(nested, inner, path, depth + 1);
                if (!inner.isEmpty()) {
                    to.put(path[depth], inner);
                }
            }
        }
    }

    /** A unique index's map, as the stock index names it, keyed and valued as this file keeps them. */
    private static MVMap<KeyValue, Object> uniqueIndexMap(MVStore file, String namespace, String indexName) {
        return file.openMap(namespace + "._index_" + indexName, new MVMap.Builder<KeyValue, Object>()
                .keyType(BsonStorage.Keys.INSTANCE).valueType(BsonStorage.Values.INSTANCE));
    }

    /** An inner class: the stock constructor opens collections before a field of this class could be set. */
    private final class BsonDatabase extends H2Database {

        BsonDatabase(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, byte[]> documents = getMvStore().openMap("databases." + namespace,
                    new MVMap.Builder<Object, byte[]>().keyType(BsonStorage.Values.INSTANCE)
                            .valueType(BsonStorage.Encoded.INSTANCE));
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new StoredAsBson(this, collectionName, options, documents, meta, getCursorRegistry());
        }

        /**
         * The stock move leaves the collection's maps in the file under its old name (and opens empty
         * ones under the new): the moved collection goes on using maps that, after a restart, it no
         * longer finds, and that a new collection of the old name (the next rebuild's) opens as its
         * own. So its documents, its facts and its indexes are each renamed here.
         */
        @Override
        public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
            String oldNamespace = collection.getFullName();
            String newNamespace = getFullCollectionNamespace(newCollectionName);
            super.moveCollection(oldDatabase, collection, newCollectionName);
            MVStore file = getMvStore();
            for (String map : new ArrayList<>(file.getMapNames())) {
                String renamed = renamed(map, oldNamespace, newNamespace);
                if (renamed != null) {
                    if (file.hasMap(renamed)) {
                        file.removeMap(renamed);
                    }
                    file.renameMap(file.openMap(map), renamed);
                }
            }
        }

        /** A collection made anew starts empty, whatever an earlier version of this store left in the file under its name. */
        @Override
        public MongoCollection<Object> createCollectionOrThrowIfExists(String collectionName, CollectionOptions options) {
            forgetLeftovers(collectionName);
            return super.createCollectionOrThrowIfExists(collectionName, options);
        }

        @Override
        protected MongoCollection<Object> resolveOrCreateCollection(String collectionName) {
            forgetLeftovers(collectionName);
            return super.resolveOrCreateCollection(collectionName);
        }

        private void forgetLeftovers(String collectionName) {
            if (resolveCollection(collectionName, false) != null) {
                return;
            }
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore file = getMvStore();
            for (String map : new ArrayList<>(file.getMapNames())) {
                if (map.equals("databases." + namespace) || map.equals("meta." + namespace)
                        || map.startsWith(namespace + "._index_")) {
                    file.removeMap(map);
                }
            }
        }

        private static String renamed(String map, String oldNamespace, String newNamespace) {
            for (String prefix : List.of("databases.", "meta.")) {
                if (map.equals(prefix + oldNamespace)) {
                    return prefix + newNamespace;
                }
            }
            return map.startsWith(oldNamespace + "._index_")
                    ? newNamespace + map.substring(oldNamespace.length()) : null;
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            uniqueIndexMap(getMvStore(), getFullCollectionNamespace(collectionName), indexName);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
