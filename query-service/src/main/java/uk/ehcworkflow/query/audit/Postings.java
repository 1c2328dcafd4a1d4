package uk.ehcworkflow.query.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The audit entries filed under one key of the trail's index ({@link AuditIndex}), each with
 * what a search needs to order and narrow them without reading the entry itself.
 *
 * <p>A busy key (every entry of today, say) would otherwise grow with each event, and every
 * batch would rewrite all of it: the cost of filing one more entry would grow with the day.
 * So the document under the key holds only the newest entries, at most {@link #CHUNK}; when
 * they are full they are sealed, unchanged from then on, under {@code key#0}, {@code key#1}, …
 *
 * @param refs          the newest entries, in the order they were filed
 * @param sealed        how many full chunks are sealed under {@code key#n}
 * @param sealedThrough the highest store position in any sealed chunk (-1 for none): an entry at
 *                      or below it may be a redelivery of one already sealed
 */
record Postings(List<Ref> refs, int sealed, long sealedThrough) {

    /** Entries in the open part before it is sealed: a few tens of kilobytes to rewrite per batch. */
    static final int CHUNK = 256;

    /** Newest first, as the trail is shown; the store position breaks ties within a millisecond. */
    static final Comparator<Ref> NEWEST_FIRST = Comparator.comparingLong(Ref::at).thenComparingLong(Ref::position).reversed();

    /**
     * @param at       recorded time, epoch milliseconds
     * @param position the event's position in the store
     * @param lag      days from business date to recording, for events with a business date
     */
    record Ref(String id, long at, long position, Long lag) {
    }

    /** Where the sealed chunks of a key are read from and written to. */
    interface Chunks {
        Postings read(int chunk);

        void write(int chunk, Postings sealed);
    }

    static Postings none() {
        return new Postings(new ArrayList<>(), 0, -1);
    }

    /** The id of a key's sealed chunk. */
    static String chunkId(String key, int chunk) {
        return key + "#" + chunk;
    }

    /** These postings with the entry filed, the open part sealed into {@code chunks} first if it is full. */
    Postings with(Ref ref, Chunks chunks) {
        if (refs.size() < CHUNK) {
            refs.add(ref);
            return this;
        }
        chunks.write(sealed, new Postings(refs, 0, -1));
        long highest = refs.stream().mapToLong(Ref::position).max().orElse(-1);
        return new Postings(new ArrayList<>(List.of(ref)), sealed + 1, Math.max(sealedThrough, highest));
    }

    /**
     * Whether the entry is filed already. Events reach a key in position order, so only a redelivery
     * (or an event that was late to commit) can be at or below the last one filed; a busy key holds
     * too many entries to search for every new one.
     */
    boolean holds(Ref ref, Chunks chunks) {
        if (!refs.isEmpty() && ref.position() <= refs.get(refs.size() - 1).position() && contains(refs, ref)) {
            return true;
        }
        if (ref.position() > sealedThrough) {
            return false;
        }
        // Newest chunk first: a redelivery is of the last batch, so of the newest entries.
        for (int chunk = sealed - 1; chunk >= 0; chunk--) {
            List<Ref> sealedRefs = chunks.read(chunk).refs();
            if (contains(sealedRefs, ref)) {
                return true;
            }
            if (sealedRefs.stream().anyMatch(filed -> filed.position() <= ref.position())) {
                return false;
            }
        }
        return false;
    }

    /** The ids of the key's sealed chunks, oldest first. */
    List<String> chunkIds(String key) {
        return IntStream.range(0, sealed).mapToObj(chunk -> chunkId(key, chunk)).toList();
    }

    private static boolean contains(List<Ref> refs, Ref ref) {
        return refs.stream().anyMatch(existing -> existing.id().equals(ref.id()));
    }
}
