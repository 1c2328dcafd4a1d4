package uk.ehcworkflow.platform.embedded;

import java.util.List;

/**
 * Writes whole documents by id straight into the embedded read store's file, without the wire
 * protocol, for a rebuild's new collections alone (ADR 25). A rebuild writes every document of
 * every read model: through the driver, each was encoded, sent, decoded into the server's own
 * objects, copied by its update machinery, and encoded again to be stored; the server's half of
 * that was half a rebuild's time, and its garbage most of the collector's. Here a document is
 * encoded once, to the bytes the driver would send, and those bytes are what the store keeps.
 *
 * <p>The live read models are written through the driver, exactly as production writes MongoDB;
 * where the read store is a real MongoDB there are no direct writes, and a rebuild writes through
 * the driver too.
 */
public interface DirectWrites {

    /**
     * Puts and deletes, in order, as one operation of the store: the file is written between
     * operations (ADR 19), so never with a document written and its id's index entry not.
     *
     * @throws IllegalStateException the collection does not exist, or has an index other than its id's
     */
    void write(String database, String collection, List<Write> writes);

    /**
     * A whole document put under its id, replacing any there, or (document null) the id's document deleted.
     *
     * @param document the document's BSON, as the MongoDB driver writes a document it inserts
     */
    record Write(String id, byte[] document) {

        public static Write put(String id, byte[] document) {
            return new Write(id, document);
        }

        public static Write delete(String id) {
            return new Write(id, null);
        }
    }
}
