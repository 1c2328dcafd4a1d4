package uk.ehcworkflow.query.readstore;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

class BsonStorageTest {

    /**
     * The store's background writer encodes documents that the server may be changing in place;
     * a failed encoding there would close the store and stop every projection.
     */
    @Test
    void a_document_changed_while_it_is_written_is_written_whole_as_it_was_or_as_it_became() throws Exception {
        Document document = new Document("_id", "day");
        for (int field = 0; field < 2_000; field++) {
            document.put("f" + field, (long) field);
        }
        AtomicBoolean changing = new AtomicBoolean(true);
        Thread updater = new Thread(() -> {
            while (changing.get()) {
                document.put("late", 1L);
                document.remove("late");
                // Updates come and go; none holds a document for good.
                LockSupport.parkNanos(1_000_000);
            }
        });
        updater.start();
        try {
            for (int write = 0; write < 300; write++) {
                WriteBuffer buffer = new WriteBuffer();
                BsonStorage.Documents.INSTANCE.write(buffer, document);
                Document read = BsonStorage.Documents.INSTANCE.read(buffer.getBuffer().flip());
                assertThat(read.get("f1999")).isEqualTo(1999L);
                assertThat(read.size()).isBetween(2_001, 2_002);
            }
        } finally {
            changing.set(false);
            updater.join();
        }
    }

    @Test
    void an_encoding_that_meets_a_change_under_way_is_tried_again_until_it_is_whole() {
        AtomicInteger attempts = new AtomicInteger();
        Map<String, Object> beingChanged = new LinkedHashMap<>(Map.of("week", 6L)) {
            @Override
            public Set<String> keySet() {
                if (attempts.incrementAndGet() <= 3) {
                    throw new ConcurrentModificationException("changed while encoded");
                }
                return super.keySet();
            }
        };
        Document document = new Document("_id", "day");
        document.put("counters", beingChanged);

        WriteBuffer buffer = new WriteBuffer();
        BsonStorage.Documents.INSTANCE.write(buffer, document);
        Document read = BsonStorage.Documents.INSTANCE.read(buffer.getBuffer().flip());

        assertThat(attempts).hasValue(4);
        assertThat(((Map<?, ?>) read.get("counters")).get("week")).isEqualTo(6L);
    }

    /** Ids and keys are compared on every step down the store's maps; strings are compared directly, in the server's order. */
    @Test
    void strings_are_ordered_as_the_server_orders_them_and_other_values_by_its_rules() {
        de.bwaldvogel.mongo.backend.ValueComparator server = de.bwaldvogel.mongo.backend.ValueComparator.asc();
        java.util.List<Object> values = java.util.List.of("", "a", "B", "b", "record|case-1", "record|case-10", "all|2027-01-04",
                "Zoë", "Zoe", "\uD83D\uDE00", "\uFFFF", 1L, 2, 3.5, true, new Document("a", 1));
        for (Object a : values) {
            for (Object b : values) {
                assertThat(Integer.signum(BsonStorage.compareValues(a, b))).as("%s against %s", a, b)
                        .isEqualTo(Integer.signum(server.compare(a, b)));
            }
        }
    }
}
