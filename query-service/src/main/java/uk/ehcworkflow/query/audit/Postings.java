package uk.ehcworkflow.query.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The audit entries filed under one key of the trail's index ({@link AuditIndex}), each with
 * what a search needs to order and narrow them without reading the entry itself.
 */
record Postings(List<Ref> refs) {

    /** Newest first, as the trail is shown; the store position breaks ties within a millisecond. */
    static final Comparator<Ref> NEWEST_FIRST = Comparator.comparingLong(Ref::at).thenComparingLong(Ref::position).reversed();

    /**
     * @param at       recorded time, epoch milliseconds
     * @param position the event's position in the store
     * @param lag      days from business date to recording, for events with a business date
     */
    record Ref(String id, long at, long position, Long lag) {
    }

    static Postings none() {
        return new Postings(new ArrayList<>());
    }

    /** Files an entry once: a redelivered event finds itself already here. */
    boolean add(Ref ref) {
        // Events reach a document in position order, so only a redelivery can be at or below the last one filed;
        // a busy day's document holds thousands of entries, too many to search for every new one.
        if (!refs.isEmpty() && ref.position() <= refs.get(refs.size() - 1).position()
                && refs.stream().anyMatch(existing -> existing.id().equals(ref.id()))) {
            return false;
        }
        refs.add(ref);
        return true;
    }
}
