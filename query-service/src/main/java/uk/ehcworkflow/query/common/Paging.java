package uk.ehcworkflow.query.common;

import java.util.List;
import java.util.function.Function;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/**
 * Which page of a list is asked for: pages count from 1 and hold at most 500 items, 50 unless
 * asked. Lists are sorted before they are paged, so a page is the same slice every time.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** The page and size a request gave, or a 400 naming the parameter that is no use. */
    public static Paging of(int page, int size) {
        if (page < 1) {
            throw new InvalidRequestException("page", "page must be 1 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "size must be from 1 to " + MAX_SIZE + ".");
        }
        return new Paging(page, size);
    }

    /** The first page of the usual size. */
    public static Paging first() {
        return new Paging(1, DEFAULT_SIZE);
    }

    /** This page's slice of the whole sorted list: empty past its end. */
    public <T> List<T> slice(List<T> all) {
        int from = (int) Math.min(all.size(), (long) (page - 1) * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }

    /**
     * What to read for this page of a list known so far only in a coarser order ({@code byGroup}, sorted
     * by {@code group}; say, time limits by due date from their ids): the page's slice widened to the
     * whole groups it starts and ends in, since the list's own order can differ within a group. The
     * reader reads those, sorts them in the list's order and {@linkplain Widened#cut cuts} the page out.
     */
    public <T> Widened<T> widened(List<T> byGroup, Function<T, ?> group) {
        int first = (int) Math.min(byGroup.size(), (long) (page - 1) * size);
        int last = Math.min(byGroup.size(), first + size);
        int from = first;
        while (from > 0 && from < last && group.apply(byGroup.get(from - 1)).equals(group.apply(byGroup.get(from)))) {
            from--;
        }
        int to = last;
        while (to > first && to < byGroup.size() && group.apply(byGroup.get(to)).equals(group.apply(byGroup.get(to - 1)))) {
            to++;
        }
        return new Widened<>(byGroup.subList(from, to), first - from, last - first);
    }

    /**
     * A page's items with the rest of the groups it starts and ends in.
     *
     * @param skip how many of them, in the list's order, come before the page
     * @param size how many are on the page
     */
    public record Widened<T>(List<T> items, int skip, int size) {

        /**
         * The page, out of the items read and sorted in the list's order. Should fewer be read than
         * were asked for (one changed between the two reads), the page is that much shorter, never refused.
         */
        public <U> List<U> cut(List<U> sorted) {
            int from = Math.min(skip, sorted.size());
            return List.copyOf(sorted.subList(from, Math.min(sorted.size(), from + size)));
        }
    }

    /** How many pages a list of this many items fills: at least one, though it be empty. */
    public int pages(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
