package uk.ehcworkflow.query.common;

import java.util.List;
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

    /** How many pages a list of this many items fills: at least one, though it be empty. */
    public int pages(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
