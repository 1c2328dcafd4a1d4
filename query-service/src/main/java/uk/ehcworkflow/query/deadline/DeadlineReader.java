package uk.ehcworkflow.query.deadline;


import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.readmodel.JsonDocuments;
import uk.ehcworkflow.query.readmodel.RangeEntries;

/**
 * Reads the open-deadlines read model: the time limits not yet met, due by a day or already past,
 * of every record or of one officer's or team's, each a read of one run of ids. No case,
 * plan or dispute is opened to answer.
 */
@Component
public class DeadlineReader {

    /** Where each projection keeps the open time limits of its records. */
    public enum Source {
        CASES("case_deadlines"), PLANS("plan_deadlines"), DISPUTES("dispute_deadlines");

        private final String collection;

        Source(String collection) {
            this.collection = collection;
        }

        public String collection() {
            return collection;
        }
    }

    /** Whose time limits: everyone's, or one officer's or team's. */
    public record Scope(OpenTimeLimit.Index index, String value) {

        public static final Scope EVERYONE = new Scope(OpenTimeLimit.Index.ALL, null);

        /** One officer's caseload, one team's, or everyone's; the officer's when both are named. */
        public static Scope caseload(String officer, String team) {
            return officer != null ? new Scope(OpenTimeLimit.Index.OFFICER, officer)
                    : team != null ? new Scope(OpenTimeLimit.Index.TEAM, team) : EVERYONE;
        }
    }

    private final MongoDatabase readStore;
    private final JsonDocuments documents;

    public DeadlineReader(MongoDatabase readStore, JsonDocuments documents) {
        this.readStore = readStore;
        this.documents = documents;
    }

    /**
     * The time limits, of the records these sources keep, still shown on {@code today} and due on or before
     * {@code through} (those long overdue too), in no particular order.
     */
    public List<OpenTimeLimit> dueBy(LocalDate today, LocalDate through, Scope scope, Set<Source> sources) {
        String end = through.plusDays(1).toString();
        List<OpenTimeLimit> found = new ArrayList<>();
        for (Source source : sources) {
            String kept = scope.index().prefix(false, scope.value());
            read(source, kept, kept + end, found);
            String lapsing = scope.index().prefix(true, scope.value());
            if (!today.isAfter(through)) {
                read(source, lapsing + today, lapsing + end, found);
            }
        }
        found.removeIf(limit -> !limit.shownOn(today));
        return found;
    }

    /** Every time limit still shown on {@code today}, however far off. */
    public List<OpenTimeLimit> all(LocalDate today, Scope scope, Set<Source> sources) {
        return dueBy(today, LocalDate.of(9999, 12, 30), scope, sources);
    }

    /**
     * Where a time limit is kept, read from its id alone: the day it is due and the record it is of.
     * A list of these costs a read of the ids, whatever the time limits hold.
     */
    public record Kept(String id, LocalDate dueOn, String recordId) {
    }

    /**
     * The time limits these sources keep for the scope that are due before {@code before}, by their
     * ids alone, in id order (by due date, then record); windows that lapse are not among them.
     */
    public List<Kept> keptDueBefore(LocalDate before, Scope scope, Source source) {
        String run = scope.index().prefix(false, scope.value());
        List<Kept> kept = new ArrayList<>();
        for (Document stored : readStore.getCollection(source.collection())
                .find(RangeEntries.idsFrom(run, run + before)).projection(Projections.include("_id"))) {
            // "<run><due date>|<record>|<place>": the record's id may hold anything but ends before the place
            String id = stored.getString("_id");
            int dayEnds = id.indexOf('|', run.length());
            kept.add(new Kept(id, LocalDate.parse(id.substring(run.length(), dayEnds)),
                    id.substring(dayEnds + 1, id.lastIndexOf('|'))));
        }
        return kept;
    }

    /** The time limits kept under these ids, in no particular order. */
    public List<OpenTimeLimit> read(Source source, Collection<String> ids) {
        List<OpenTimeLimit> found = new ArrayList<>();
        for (Document stored : readStore.getCollection(source.collection()).find(Filters.in("_id", ids))) {
            found.add(documents.fromDocument(stored, OpenTimeLimit.class));
        }
        return found;
    }

    /** How many plans' last reviews are still incomplete on the day, their meetings on or before each day given. */
    public long plansWithReviewIncompleteSince(LocalDate heldOnOrBefore) {
        String run = OpenTimeLimit.Index.STALLED_REVIEW.prefix(false, null);
        long count = 0;
        for (Document ignored : readStore.getCollection(Source.PLANS.collection())
                .find(RangeEntries.idsFrom(run, run + heldOnOrBefore.plusDays(1))).projection(Projections.include("_id"))) {
            count++;
        }
        return count;
    }

    private void read(Source source, String from, String to, List<OpenTimeLimit> into) {
        for (Document stored : readStore.getCollection(source.collection()).find(RangeEntries.idsFrom(from, to))) {
            into.add(documents.fromDocument(stored, OpenTimeLimit.class));
        }
    }
}
