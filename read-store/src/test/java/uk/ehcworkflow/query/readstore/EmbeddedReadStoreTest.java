package uk.ehcworkflow.query.readstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedReadStoreTest {

    @TempDir
    Path folder;

    @Test
    void documents_come_back_unchanged_after_a_restart_whatever_the_values_they_hold() {
        Document stored = new Document("_id", "case-1")
                .append("text", "Final plan issued")
                .append("count", 3)
                .append("position", 9_000_000_000L)
                .append("percent", 46.4)
                .append("met", true)
                .append("missing", null)
                .append("recordedAt", new Date(1_717_000_000_000L))
                .append("steps", List.of(new Document("milestone", "DECISION_TO_ASSESS").append("weeks", 5), "loose"))
                .append("counters", new Document("m:2024-06", new Document("plans", 2L)));
        withStore(readModels -> readModels.insertOne(stored));

        withStore(readModels -> assertThat(readModels.find(eq("_id", "case-1")).first()).isEqualTo(stored));
    }

    @Test
    void documents_are_found_by_id_among_many_after_a_restart() {
        withStore(readModels -> {
            List<Document> many = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                many.add(new Document("_id", "case-" + i).append("n", i));
            }
            readModels.insertMany(many);
        });

        withStore(readModels -> {
            assertThat(readModels.countDocuments()).isEqualTo(5_000);
            assertThat(readModels.find(in("_id", List.of("case-7", "case-4999", "case-none"))))
                    .extracting(found -> found.getInteger("n")).containsExactlyInAnyOrder(7, 4999);
            List<String> half = new ArrayList<>();
            for (int i = 0; i < 5_000; i += 2) {
                half.add("case-" + i);
            }
            assertThat(readModels.find(in("_id", half))).hasSize(2_500).allMatch(found -> found.getInteger("n") % 2 == 0);
            assertThat(readModels.find(and(in("_id", half), eq("n", 8)))).extracting(found -> found.getString("_id"))
                    .containsExactly("case-8");
        });

        // a look-up of many ids checks each document against a set of them made once for the query
        de.bwaldvogel.mongo.bson.Document byIds = new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$in", List.of("a", "b")));
        assertThat(BsonFileBackend.IdSet.of(byIds)).containsExactlyInAnyOrder("a", "b").isSameAs(BsonFileBackend.IdSet.of(byIds));
        assertThat(BsonFileBackend.IdSet.of(new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$in", List.of("a", 1))))).isNull();
        assertThat(BsonFileBackend.IdSet.of(new de.bwaldvogel.mongo.bson.Document("_id", "a"))).isNull();
    }

    @Test
    void a_unique_index_still_refuses_a_duplicate_after_a_restart() {
        withStore(readModels -> {
            readModels.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
            readModels.insertOne(new Document("_id", "a").append("reference", "2.1"));
        });

        withStore(readModels -> assertThatThrownBy(
                () -> readModels.insertOne(new Document("_id", "b").append("reference", "2.1")))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key"));
    }

    @Test
    void a_file_written_in_another_format_is_refused_rather_than_misread() {
        Path file = folder.resolve("read-store.mv");
        MongoServer stock = new MongoServer(new H2Backend(file.toString()));
        stock.bind("127.0.0.1", 0);
        try (MongoClient client = client(stock)) {
            client.getDatabase("ehc").getCollection("assessment_timeline").insertOne(new Document("_id", "case-1"));
        } finally {
            stock.shutdownNow();
        }

        assertThatThrownBy(() -> EmbeddedReadStore.start(file, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another format")
                .hasMessageContaining("delete the file");
    }

    /**
     * A rebuild fills a collection beside the live one and renames it over it, again and again in
     * the life of one process; each time the renamed collection must keep finding its documents by
     * id, after a restart too, and the next rebuild's new collection must start empty.
     */
    @Test
    void a_collection_renamed_over_another_finds_its_documents_by_id_and_a_new_one_of_the_old_name_starts_empty() {
        withDatabase(readStore -> {
            for (int rebuild = 1; rebuild <= 2; rebuild++) {
                readStore.createCollection("timeline__rebuild");
                MongoCollection<Document> building = readStore.getCollection("timeline__rebuild");
                assertThat(building.countDocuments()).as("a new rebuild's collection").isZero();
                building.insertOne(new Document("_id", "case-1").append("rebuild", rebuild));
                building.renameCollection(new com.mongodb.MongoNamespace("ehc", "timeline"),
                        new com.mongodb.client.model.RenameCollectionOptions().dropTarget(true));
                assertThat(readStore.getCollection("timeline").find(eq("_id", "case-1")).first().getInteger("rebuild"))
                        .isEqualTo(rebuild);
            }
            readStore.getCollection("timeline").insertOne(new Document("_id", "case-3"));
        });
        withDatabase(readStore -> {
            assertThat(readStore.getCollection("timeline").find(eq("_id", "case-1")).first().getInteger("rebuild")).isEqualTo(2);
            assertThat(readStore.getCollection("timeline").find(eq("_id", "case-3")).first()).as("written after the switch").isNotNull();
            assertThat(readStore.getCollection("timeline").countDocuments()).isEqualTo(2);
            readStore.getCollection("timeline").insertOne(new Document("_id", "case-2"));
            assertThatThrownBy(() -> readStore.getCollection("timeline").insertOne(new Document("_id", "case-2")))
                    .isInstanceOf(MongoWriteException.class);
        });
    }

    /**
     * A read of a whole large collection must not gather it in the store's heap before answering:
     * each batch is read when the client asks for it, so a document written after the first batch
     * was sent, further on in stored order, is met by the same read.
     */
    @Test
    void a_scan_in_batches_reads_each_batch_when_the_client_asks_for_it() {
        withStore(readModels -> {
            List<Document> many = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                many.add(new Document("_id", String.format("plan-%04d", i)).append("active", i % 2 == 0));
            }
            readModels.insertMany(many);

            List<String> seen = new ArrayList<>();
            try (MongoCursor<Document> scan = readModels.find(eq("active", true)).batchSize(50).iterator()) {
                seen.add(scan.next().getString("_id"));
                readModels.insertOne(new Document("_id", "plan-9999").append("active", true));
                scan.forEachRemaining(document -> seen.add(document.getString("_id")));
            }
            assertThat(seen).hasSize(501).startsWith("plan-0000", "plan-0002").endsWith("plan-0998", "plan-9999");

            assertThat(readModels.find(eq("active", false)).batchSize(7).skip(10).limit(20))
                    .extracting(document -> document.getString("_id")).hasSize(20).startsWith("plan-0021")
                    .endsWith("plan-0059");
            assertThat(readModels.countDocuments(eq("active", true))).isEqualTo(501);

            // With no batch size asked for, a first batch of 101, as MongoDB answers; fields to include are streamed too.
            List<Document> projected = new ArrayList<>();
            try (MongoCursor<Document> scan = readModels.find().projection(Projections.include("active")).iterator()) {
                for (int i = 0; i < 101; i++) {
                    projected.add(scan.next());
                }
                readModels.insertOne(new Document("_id", "plan-9999x").append("active", false).append("other", 1));
                scan.forEachRemaining(projected::add);
            }
            assertThat(projected).hasSize(1_002).contains(new Document("_id", "plan-0001").append("active", false))
                    .last().isEqualTo(new Document("_id", "plan-9999x").append("active", false));
            assertThat(readModels.updateMany(eq("active", false), new Document("$set", new Document("seen", true)))
                    .getModifiedCount()).isEqualTo(501);
        });
    }

    /** The open deadlines are kept under ids made for range reads: "officer|a|2027-01-04|case-1|0". */
    @Test
    void a_range_of_ids_is_read_from_its_first_id_to_its_last_and_no_further() {
        withStore(readModels -> {
            List<Document> many = new ArrayList<>();
            for (String officer : List.of("a", "b", "c")) {
                for (int day = 1; day <= 9; day++) {
                    many.add(new Document("_id", "officer|" + officer + "|2027-01-0" + day).append("late", day < 4));
                }
            }
            many.add(new Document("_id", 7).append("late", true));
            many.add(new Document("_id", new Document("nested", "officer|b|")).append("late", true));
            readModels.insertMany(many);

            assertThat(readModels.find(new Document("_id", new Document("$gte", "officer|b|").append("$lt", "officer|b|2027-01-04"))))
                    .extracting(document -> document.getString("_id"))
                    .containsExactly("officer|b|2027-01-01", "officer|b|2027-01-02", "officer|b|2027-01-03");
            assertThat(readModels.find(and(gt("_id", "officer|b|2027-01-08"), lte("_id", "officer|c|2027-01-01"))).batchSize(1))
                    .extracting(document -> document.getString("_id"))
                    .containsExactly("officer|b|2027-01-09", "officer|c|2027-01-01");
            assertThat(readModels.find(and(gte("_id", "officer|"), lt("_id", "officer}"), eq("late", false))))
                    .hasSize(18);

            // the ids alone, of a range and nothing else, are read from the keys: the same ids, bounds and paging
            assertThat(readModels.find(and(gte("_id", "officer|b|2027-01-08"), lte("_id", "officer|c|2027-01-01")))
                    .projection(Projections.include("_id")).batchSize(1))
                    .containsExactly(new Document("_id", "officer|b|2027-01-08"), new Document("_id", "officer|b|2027-01-09"),
                            new Document("_id", "officer|c|2027-01-01"));
            assertThat(readModels.find(new Document("_id", new Document("$gte", "officer|a|").append("$lt", "officer|b|")))
                    .projection(Projections.include("_id")).skip(2).limit(3))
                    .extracting(document -> document.getString("_id"))
                    .containsExactly("officer|a|2027-01-03", "officer|a|2027-01-04", "officer|a|2027-01-05");
            assertThat(readModels.find(and(gte("_id", "officer|"), lt("_id", "officer}"), eq("late", false)))
                    .projection(Projections.include("_id"))).hasSize(18);
            assertThat(readModels.find(and(gt("_id", "officer|b|2027-01-08"), lt("_id", "officer|b|2027-01-09")))
                    .projection(Projections.include("_id"))).isEmpty();
        });

        BsonFileBackend.IdRange range = BsonFileBackend.IdRange.of(
                new de.bwaldvogel.mongo.bson.Document("_id", new de.bwaldvogel.mongo.bson.Document("$gte", "a|").append("$lt", "a}")));
        assertThat(range.isPast("a|zzz")).isFalse();
        assertThat(range.isPast("a}")).isTrue();
        assertThat(range.isPast(7)).isTrue();
        assertThat(range.wholeQuery()).isTrue();
        assertThat(BsonFileBackend.IdRange.of(new de.bwaldvogel.mongo.bson.Document("_id", "a|"))).isNull();
        // the Java driver's and(gte("_id", a), lt("_id", b)) is the same range
        de.bwaldvogel.mongo.bson.Document both = new de.bwaldvogel.mongo.bson.Document("$and", List.of(
                new de.bwaldvogel.mongo.bson.Document("_id", new de.bwaldvogel.mongo.bson.Document("$gte", "a|")),
                new de.bwaldvogel.mongo.bson.Document("_id", new de.bwaldvogel.mongo.bson.Document("$lt", "a}"))));
        assertThat(BsonFileBackend.IdRange.of(both)).isEqualTo(range);
        assertThat(BsonFileBackend.IdRange.of(new de.bwaldvogel.mongo.bson.Document("$and", List.of(
                new de.bwaldvogel.mongo.bson.Document("late", true))))).isNull();
        assertThat(BsonFileBackend.IdRange.of(new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$gte", "a|").append("$lt", "a}")).append("late", true)).wholeQuery())
                .isFalse();
        assertThat(BsonFileBackend.IdRange.of(new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$gt", "a|").append("$lt", "a}"))).wholeQuery()).isFalse();
    }

    private void withDatabase(Consumer<com.mongodb.client.MongoDatabase> use) {
        MongoServer server = EmbeddedReadStore.start(folder.resolve("read-store.mv"), 0).server();
        try (MongoClient client = client(server)) {
            use.accept(client.getDatabase("ehc"));
        } finally {
            server.shutdown();
        }
    }

    private void withStore(Consumer<MongoCollection<Document>> use) {
        MongoServer server = EmbeddedReadStore.start(folder.resolve("read-store.mv"), 0).server();
        try (MongoClient client = client(server)) {
            use.accept(client.getDatabase("ehc").getCollection("read_models"));
        } finally {
            server.shutdown();
        }
    }

    private static MongoClient client(MongoServer server) {
        return MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    /** The store closes itself on a failure to write its file; the service is told, to stop and be started again. */
    @Test
    void a_file_that_fails_closes_itself_and_says_so_to_whoever_opened_it() {
        List<Throwable> told = new ArrayList<>();
        MVStore file = EmbeddedReadStore.open(folder.resolve("failing.mv"), (thread, failure) -> told.add(failure));
        file.openMap("tokens").put("timeline/0", "1");

        assertThatThrownBy(() -> file.panic(DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "No space left")))
                .isInstanceOf(MVStoreException.class);

        assertThat(told).singleElement().satisfies(failure -> assertThat(failure).hasMessageContaining("No space left"));
        assertThatThrownBy(file::commit).as("nothing more is written").isInstanceOf(MVStoreException.class);
    }

    /**
     * The file is written from what its maps hold. Were a stored document changed in place, a
     * version being written would take in a change made after it: a token ahead of its read models.
     */
    @Test
    void an_update_puts_a_new_document_and_never_changes_the_one_a_version_of_the_file_already_holds() {
        MVStore file = EmbeddedReadStore.open(folder.resolve("versions.mv"));
        MongoServer server = EmbeddedReadStore.serve(file, 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoCollection<Document> tokens = client.getDatabase("ehc").getCollection("tokens");
            tokens.insertOne(new Document("_id", "timeline/0").append("processorName", "timeline").append("index", 1L));
            MVMap<Object, byte[]> held = file.openMap("databases.ehc.tokens");
            byte[] before = held.get("timeline/0");
            byte[] copy = before.clone();

            tokens.updateOne(eq("processorName", "timeline"), new Document("$set", new Document("index", 2L)));
            tokens.updateOne(eq("_id", "timeline/0"), new Document("$set", new Document("index", 3L)));

            assertThat(before).isEqualTo(copy);
            assertThat(BsonStorage.decode(before).get("index")).isEqualTo(1L);
            assertThat(BsonStorage.decode(held.get("timeline/0")).get("index")).isEqualTo(3L);
            assertThat(tokens.find(eq("_id", "timeline/0")).first().getLong("index")).isEqualTo(3L);
        } finally {
            server.shutdownNow();
        }
    }

    /**
     * An operation writes a document and its indexes one after the other. A version of the file
     * written between the two would, after a kill, hold an index that disagrees with its documents.
     */
    @Test
    void the_file_is_written_only_between_operations_never_in_the_background_or_in_the_middle_of_one() throws Exception {
        MVStore file = EmbeddedReadStore.open(folder.resolve("between.mv"));
        BsonFileBackend backend = BsonFileBackend.open(file);
        MongoServer server = EmbeddedReadStore.serve(backend, 0);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (MongoClient client = client(server)) {
            MongoCollection<Document> timelines = client.getDatabase("ehc").getCollection("assessment_timeline");
            timelines.insertOne(new Document("_id", "case-1"));
            assertThat(file.getAutoCommitDelay()).as("no background commit").isZero();
            assertThat(file.getAutoCommitMemory()).as("no commit by the writing thread when much is unsaved").isZero();
            long version = file.getCurrentVersion();
            timelines.insertMany(java.util.stream.IntStream.range(0, 400).mapToObj(i -> new Document("_id", "big-" + i)
                    .append("padding", "x".repeat(100_000))).toList());
            assertThat(file.getCurrentVersion()).as("40 MB written in one operation, and no commit").isEqualTo(version);
            assertThat(file.hasUnsavedChanges()).isTrue();

            CountDownLatch committing = new CountDownLatch(1);
            Future<?> insert = writer.submit(() -> {
                await(committing);
                timelines.insertOne(new Document("_id", "case-2"));
            });
            backend.betweenOperations(() -> {
                committing.countDown();
                assertThatThrownBy(() -> insert.get(300, TimeUnit.MILLISECONDS))
                        .as("an operation waits while the file is written").isInstanceOf(TimeoutException.class);
                assertThat(reads(() -> backend.handleCommand(new EmbeddedChannel(), "ehc", "find",
                        new de.bwaldvogel.mongo.bson.Document("find", "assessment_timeline")
                                .append("filter", new de.bwaldvogel.mongo.bson.Document("_id", "case-1")))))
                        .as("a read does not wait").isNotNull();
                file.commit();
                assertThat(file.hasUnsavedChanges()).isFalse();
            });
            insert.get(30, TimeUnit.SECONDS);
            assertThat(timelines.countDocuments()).isEqualTo(402);
        } finally {
            writer.shutdownNow();
            server.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T reads(Callable<T> read) {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            return reader.submit(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the read did not complete", e);
        } finally {
            reader.shutdownNow();
        }
    }
}
