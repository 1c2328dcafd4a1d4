package uk.ehcworkflow.query.readmodel;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Entries kept for range reads. Each record (a case, a plan, a dispute) owns a list of entries,
 * each stored once under every id its {@code keys} give, ended with the record and the entry's
 * place ({@code "officer|alice|2027-01-04|case-1|0"}), so that a read of one officer's, one team's
 * or everyone's entries due by a day is a read of one run of ids. One more document per record
 * ({@code "record|case-1"}) lists the ids written for it.
 *
 * <p>When a record's events are handled its projection hands over the entries it owes now, worked
 * out from the record as it stands; when the batch commits, the ids no longer owed are deleted, then
 * the entries written, then the record's list. Every write is a replacement of what was there, and
 * the list is written last: a batch delivered again after a crash writes the same again, and no
 * entry is ever left behind that its record's list does not name.
 */
public final class RangeEntries<T> {

    /** Where a record's list of ids is kept; no index's run of ids starts so. */
    public static final String RECORD = "record|";

    private final MongoCollection<Document> collection;
    private final DocumentWrites writes;
    private final JsonDocuments documents;
    private final Function<T, List<String>> keys;
    private final String resourceKey;

    RangeEntries(MongoCollection<Document> collection, DocumentWrites writes, JsonDocuments documents,
                 Function<T, List<String>> keys) {
        this.collection = collection;
        this.writes = writes;
        this.documents = documents;
        this.keys = keys;
        this.resourceKey = RangeEntries.class.getName() + "/" + collection.getNamespace();
    }

    /**
     * The filter for a run of ids, from {@code from} up to but not including {@code to}, written on the
     * one field as MongoDB reads it from its id index (a {@code $and} of two conditions would be read
     * as any other query, document by document).
     */
    public static Bson idsFrom(String from, String to) {
        return new Document("_id", new Document("$gte", from).append("$lt", to));
    }

    /**
     * The entries the record owes, in place of those it owed before: asked for once, when the batch
     * commits, of the record as the whole batch has left it.
     */
    public void replace(String recordId, Supplier<List<T>> owed) {
        BatchScope.<Map<String, Supplier<List<T>>>>resource(resourceKey, BatchScope.DERIVED, LinkedHashMap::new,
                this::flush).put(recordId, owed);
    }

    /**
     * The records whose kept ids or entries are not those owed: each record given owes these entries
     * (none when absent), and a record whose list the read model keeps but that is neither given nor
     * left out is kept wrongly.
     *
     * @param judged the records to judge now: not those changed since the head being reconciled
     */
    public List<DerivedDifference> differences(Map<String, List<T>> owedByRecord, Predicate<String> judged) {
        List<DerivedDifference> differences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Document list : collection.find(idsFrom(RECORD, RECORD + "~"))) {
            String recordId = list.getString("_id").substring(RECORD.length());
            seen.add(recordId);
            if (!judged.test(recordId)) {
                continue;
            }
            Map<String, Document> owed = owed(recordId, owedByRecord.getOrDefault(recordId, List.of()));
            @SuppressWarnings("unchecked")
            List<String> kept = (List<String>) list.get("ids", List.class);
            if (!new HashSet<>(kept).equals(owed.keySet()) || list.getInteger("fingerprint") != fingerprint(owed)) {
                differences.add(new DerivedDifference(recordId, owed.size(), kept.size()));
            }
        }
        owedByRecord.forEach((recordId, entries) -> {
            if (!entries.isEmpty() && !seen.contains(recordId) && judged.test(recordId)) {
                differences.add(new DerivedDifference(recordId, owed(recordId, entries).size(), 0));
            }
        });
        return differences;
    }

    /** The entries a record owes, each under every id it is read by. */
    private Map<String, Document> owed(String recordId, List<T> entries) {
        Map<String, Document> owed = new LinkedHashMap<>();
        for (int place = 0; place < entries.size(); place++) {
            Document entry = documents.toDocument("", entries.get(place));
            for (String key : keys.apply(entries.get(place))) {
                Document written = new Document(entry);
                written.put("_id", key + "|" + recordId + "|" + place);
                owed.put(written.getString("_id"), written);
            }
        }
        return owed;
    }

    /** What the entries hold, whatever their order in the record: a record whose entries are unchanged is not written again. */
    private static int fingerprint(Map<String, Document> owed) {
        return new HashSet<>(owed.values()).hashCode();
    }

    private void flush(Map<String, Supplier<List<T>>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Document> lists = new HashMap<>();
        for (Document stored : collection.find(in("_id", batch.keySet().stream().map(RECORD::concat).toList()))) {
            lists.put(stored.getString("_id").substring(RECORD.length()), stored);
        }
        List<DocumentWrites.Change> deletes = new ArrayList<>();
        List<DocumentWrites.Change> entries = new ArrayList<>();
        List<DocumentWrites.Change> recordLists = new ArrayList<>();
        batch.forEach((recordId, owing) -> {
            Map<String, Document> owed = owed(recordId, owing.get());
            Document before = lists.get(recordId);
            @SuppressWarnings("unchecked")
            Set<String> written = before == null ? Set.of() : new HashSet<>((List<String>) before.get("ids", List.class));
            int fingerprint = fingerprint(owed);
            if (before == null ? owed.isEmpty()
                    : written.equals(owed.keySet()) && before.getInteger("fingerprint") == fingerprint) {
                return;
            }
            written.stream().filter(id -> !owed.containsKey(id)).forEach(id -> deletes.add(DocumentWrites.Change.delete(id)));
            owed.forEach((id, entry) -> entries.add(DocumentWrites.Change.put(id, entry, false)));
            String listId = RECORD + recordId;
            recordLists.add(owed.isEmpty() ? DocumentWrites.Change.delete(listId)
                    : DocumentWrites.Change.put(listId, new Document("_id", listId)
                    .append("ids", new ArrayList<>(owed.keySet())).append("fingerprint", fingerprint), false));
        });
        for (List<DocumentWrites.Change> step : List.of(deletes, entries, recordLists)) {
            writes.write(step);
        }
    }
}
