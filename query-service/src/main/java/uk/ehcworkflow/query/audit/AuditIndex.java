package uk.ehcworkflow.query.audit;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of the audit trail's index. The trail is searched by point look-ups on document ids
 * only: the embedded read store answers any other query by reading every document, so entries
 * of an aggregate's own events have ids made from its sequence numbers, "this actor's entries on
 * this day" is a document of its own, and a search reads the days it needs, newest first.
 */
final class AuditIndex {

    static final String POSTINGS = "audit_postings";
    static final String LATE = "audit_late";

    private AuditIndex() {
    }

    /**
     * An aggregate's own event is found by its sequence number, with no index to keep: a case's
     * trail reads {@code case#0}, {@code case#1}, … until they run out.
     */
    static String entry(String aggregateId, long sequence) {
        return aggregateId + "#" + sequence;
    }

    /**
     * Every key an entry is filed under.
     *
     * @param filedUnder the aggregate an event that is not its own concerns (a read of a case), or null
     */
    static List<String> keys(String filedUnder, String actor, String agency, String type, LocalDate day) {
        List<String> keys = new ArrayList<>(5);
        if (filedUnder != null) {
            keys.add(aggregate(filedUnder));
        }
        keys.add(day(null, day));
        if (actor != null) {
            keys.add(day(dimension("actor", actor), day));
        }
        if (agency != null) {
            keys.add(day(dimension("agency", agency), day));
        }
        keys.add(day(dimension("type", type), day));
        return keys;
    }

    /** Entries about an aggregate that are not its own events. */
    static String aggregate(String aggregateId) {
        return "aggregate|" + aggregateId;
    }

    /** A day's entries, of everything (no dimension) or of one actor, agency or type. */
    static String day(String dimension, LocalDate day) {
        return (dimension == null ? "day" : dimension) + "|" + day;
    }

    static String dimension(String field, String value) {
        return field + "|" + value;
    }

    /** The late-recording counts of a day, by officer and lag. */
    static String late(LocalDate day) {
        return "late|" + day;
    }

    /** The same counts for a whole month: a view over years reads a document a month, not one a day. */
    static String late(YearMonth month) {
        return "late|" + month;
    }

    /** The month a late-recording document counts in, whether it holds a day's counts or a month's. */
    static YearMonth lateMonth(String id) {
        String period = id.substring("late|".length());
        return period.length() == "2024-06".length() ? YearMonth.parse(period) : YearMonth.from(LocalDate.parse(period));
    }

    /** An officer's name as a field name: dots would nest and a leading dollar is an operator. */
    static String field(String officer) {
        return URLEncoder.encode(officer == null ? "(unknown)" : officer, StandardCharsets.UTF_8).replace(".", "%2E");
    }

    static String officer(String field) {
        return URLDecoder.decode(field, StandardCharsets.UTF_8);
    }
}
