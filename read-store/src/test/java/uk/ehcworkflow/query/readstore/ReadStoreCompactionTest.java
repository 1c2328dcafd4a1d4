package uk.ehcworkflow.query.readstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import uk.ehcworkflow.platform.disk.DataDisk;

class ReadStoreCompactionTest {

    private static final int CASES = 2_000;
    private static final int SETTLED = 40;

    @TempDir
    Path folder;

    private MVStore file;
    private BsonFileBackend backend;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> timelines;

    @BeforeEach
    void a_store_whose_documents_were_each_rewritten_several_times() {
        // Committed only when the test says, so that what a step finds does not depend on the store's
        // background writer; and keeping no replaced page for a reader that might still need it.
        file = new MVStore.Builder().fileName(folder.resolve("read-store.mv").toString())
                .autoCompactFillRate(0).autoCommitDisabled().open();
        file.setRetentionTime(0);
        file.setVersionsToKeep(0);
        backend = BsonFileBackend.open(file);
        server = EmbeddedReadStore.serve(backend, 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        timelines = client.getDatabase("ehc").getCollection("assessment_timeline");
        List<Document> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(new Document("_id", "case-" + i).append("step", 0).append("notes", "n".repeat(1_500)));
        }
        timelines.insertMany(cases);
        // In small overlapping runs, so that chunks are left partly live rather than emptied whole.
        for (int step = 1; step <= SETTLED; step++) {
            write(step, step * 7 * CASES / SETTLED, CASES / 10);
        }
        live(); // frees the chunks the last run emptied, as the store's writer would
        assertThat(live()).isLessThan(ReadStoreCompaction.TARGET_FILL_PERCENT);
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdown();
    }

    @Test
    void a_store_that_is_only_read_is_left_as_it_is() {
        ReadStoreCompaction compaction = new ReadStoreCompaction(file, backend, new DataDisk(folder, DataSize.ofBytes(0)));
        int before = live();

        assertThat(timelines.find().into(new ArrayList<>())).hasSize(CASES);
        compaction.step();

        assertThat(live()).isEqualTo(before);
    }

    @Test
    void a_store_written_only_a_little_as_processors_do_when_no_event_arrives_is_left_as_it_is() {
        ReadStoreCompaction compaction = new ReadStoreCompaction(file, backend, new DataDisk(folder, DataSize.ofBytes(0)));
        write(SETTLED + 1, 0, 10);
        int before = live();

        compaction.step();

        assertThat(live()).isEqualTo(before);
    }

    @Test
    void once_written_to_the_replaced_pages_are_compacted_away_and_every_document_stays_as_last_written() {
        ReadStoreCompaction compaction = new ReadStoreCompaction(file, backend, new DataDisk(folder, DataSize.ofBytes(0)));
        write(SETTLED + 1, 0, CASES / 3);
        int before = live();

        compaction.step();

        assertThat(live()).isGreaterThan(before);
        assertThat(timelines.countDocuments()).isEqualTo(CASES);
        assertThat(timelines.find(eq("step", SETTLED + 1)).into(new ArrayList<>())).hasSize(CASES / 3);
    }

    @Test
    void compaction_stops_when_the_writing_does() {
        ReadStoreCompaction compaction = new ReadStoreCompaction(file, backend, new DataDisk(folder, DataSize.ofBytes(0)));
        write(SETTLED + 1, 0, CASES / 3);
        compaction.step();
        int after = live();
        long version = file.getCurrentVersion();

        compaction.step();

        assertThat(live()).isEqualTo(after);
        assertThat(file.getCurrentVersion()).isEqualTo(version);
    }

    @Test
    void an_operation_that_leaves_more_than_a_few_megabytes_unsaved_is_committed_after_it_not_a_second_later() {
        new ReadStoreCompaction(file, backend, new DataDisk(folder, DataSize.ofBytes(0)));
        file.commit();

        timelines.updateOne(eq("_id", "case-1"), set("step", -1));
        assertThat(file.hasUnsavedChanges()).as("a small write waits for the step").isTrue();

        List<Document> large = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            large.add(new Document("_id", "large-" + i).append("notes", "n".repeat(2_000)));
        }
        long versionBefore = file.getCurrentVersion();
        timelines.insertMany(large);
        assertThat(file.getCurrentVersion()).as("committed, between operations, before the answer").isGreaterThan(versionBefore);
        assertThat(file.getUnsavedMemory()).isLessThanOrEqualTo(ReadStoreCompaction.LARGEST_UNSAVED);
    }

    private void write(int step, int firstCase, int cases) {
        for (int i = firstCase; i < firstCase + cases; i++) {
            timelines.updateOne(eq("_id", "case-" + i % CASES), set("step", step));
        }
        file.commit();
    }

    private int live() {
        file.commit();
        return file.getFileStore().getChunksFillRate();
    }
}
