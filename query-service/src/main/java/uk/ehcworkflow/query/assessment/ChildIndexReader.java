package uk.ehcworkflow.query.assessment;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.readmodel.RangeEntries;

/**
 * Reads the child index (ADR 38): the records that may hold a child with a name, or one born by a
 * day, each a read of a run of ids or a few. What it finds are candidates, to be opened and checked
 * ({@link ChildIndex#matches}); it never opens a record itself.
 */
@Component
public class ChildIndexReader {

    private final MongoDatabase readStore;
    private final ChildIndex index;

    ChildIndexReader(MongoDatabase readStore, ChildIndex index) {
        this.readStore = readStore;
        this.index = index;
    }

    /** The records, of those an index keeps ({@link ChildIndex#CASES} or {@link ChildIndex#PLANS}), whose child may have a name answering what was typed. */
    public Set<String> mayBeNamed(String collection, String typed) {
        Set<String> found = null;
        for (String run : index.nameRuns(typed)) {
            Set<String> inRun = records(collection, List.of(run));
            if (found == null) {
                found = inRun;
            } else {
                found.retainAll(inRun);
            }
            if (found.isEmpty()) {
                break;
            }
        }
        return found == null ? Set.of() : found;
    }

    /** The records whose child may have been born on or before the day. */
    public Set<String> mayBeBornBy(String collection, LocalDate day) {
        return records(collection, index.bornRuns(day));
    }

    private Set<String> records(String collection, List<String> runs) {
        Set<String> records = new HashSet<>();
        for (String run : runs) {
            for (Document entry : readStore.getCollection(collection).find(RangeEntries.idsFrom(run, run + "~"))
                    .projection(Projections.include("recordId"))) {
                records.add(entry.getString("recordId"));
            }
        }
        return records;
    }
}
