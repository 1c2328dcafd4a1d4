package uk.ehcworkflow.query.readstore;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.util.concurrent.atomic.AtomicBoolean;
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
}
