package uk.ehcworkflow.query.readstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.platform.embedded.DirectWrites.Write;

/** A rebuild's documents written straight into the store read back exactly as those sent through the driver. */
class DirectWritesTest {

    @TempDir
    Path folder;

    private static Document document(String id, int version) {
        return new Document("_id", id).append("version", version).append("position", 9_000_000_000L + version)
                .append("percent", 46.4).append("met", version % 2 == 0).append("nothing", null)
                .append("recordedAt", new Date(1_700_000_000_000L))
                .append("facts", List.of(new Document("kind", "advice").append("weeks", 6), "Zoë's plan"))
                .append("counts", new Document("2024-06-03", new Document("advice", new Document("HEALTH", 2L))));
    }

    @Test
    void documents_put_and_deleted_directly_are_read_as_if_they_had_been_sent() {
        Path file = folder.resolve("direct.mv");
        EmbeddedReadStore.Served served = EmbeddedReadStore.start(file, 0);
        try (MongoClient client = client(served)) {
            MongoCollection<Document> sent = client.getDatabase("ehc").getCollection("sent");
            MongoCollection<Document> direct = client.getDatabase("ehc").getCollection("direct");
            client.getDatabase("ehc").createCollection("direct");
            List<Write> writes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                sent.insertOne(document("case-" + i, 1));
                writes.add(Write.put("case-" + i, bson(document("case-" + i, 1))));
            }
            for (int i = 0; i < 30; i += 3) {
                sent.replaceOne(eq("_id", "case-" + i), document("case-" + i, 2), new ReplaceOptions().upsert(true));
                writes.add(Write.put("case-" + i, bson(document("case-" + i, 2))));
            }
            for (int i = 1; i < 30; i += 7) {
                sent.deleteOne(eq("_id", "case-" + i));
                writes.add(Write.delete("case-" + i));
            }
            writes.add(Write.delete("never-there"));
            served.direct().write("ehc", "direct", writes);

            assertThat(direct.find().into(new ArrayList<>())).isEqualTo(sent.find().into(new ArrayList<>()));
            assertThat(direct.countDocuments()).isEqualTo(sent.countDocuments()).isEqualTo(30 - 5);
            // found through the id's index, as the read models look documents up
            assertThat(direct.find(in("_id", List.of("case-3", "case-8", "case-9"))).into(new ArrayList<>()))
                    .isEqualTo(sent.find(in("_id", List.of("case-3", "case-8", "case-9"))).into(new ArrayList<>()));
            assertThat(direct.find(gte("_id", "case-2")).into(new ArrayList<>()))
                    .isEqualTo(sent.find(gte("_id", "case-2")).into(new ArrayList<>()));

            // the driver's writes after direct ones find the same index: a duplicate is refused, a replacement replaces
            assertThatThrownBy(() -> direct.insertOne(new Document("_id", "case-0"))).isInstanceOf(MongoWriteException.class);
            direct.replaceOne(eq("_id", "case-1"), document("case-1", 3), new ReplaceOptions().upsert(true));
            direct.deleteOne(eq("_id", "case-0"));
            assertThat(direct.find(eq("_id", "case-1")).first()).isEqualTo(document("case-1", 3));
            assertThat(direct.find(eq("_id", "case-0")).first()).isNull();
            assertThat(direct.countDocuments()).isEqualTo(30 - 5);
        } finally {
            served.server().shutdown();
        }

        EmbeddedReadStore.Served reopened = EmbeddedReadStore.start(file, 0);
        try (MongoClient client = client(reopened)) {
            MongoCollection<Document> direct = client.getDatabase("ehc").getCollection("direct");
            assertThat(direct.find(eq("_id", "case-3")).first()).isEqualTo(document("case-3", 2));
            assertThat(direct.countDocuments()).isEqualTo(30 - 5);
        } finally {
            reopened.server().shutdown();
        }
    }

    @Test
    void a_collection_with_an_index_other_than_its_ids_or_none_at_all_is_refused() {
        EmbeddedReadStore.Served served = EmbeddedReadStore.start(folder.resolve("refused.mv"), 0);
        try (MongoClient client = client(served)) {
            client.getDatabase("ehc").createCollection("by_reference");
            client.getDatabase("ehc").getCollection("by_reference")
                    .createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
            List<Write> one = List.of(Write.put("case-1", bson(new Document("_id", "case-1").append("reference", "R1"))));

            assertThatThrownBy(() -> served.direct().write("ehc", "by_reference", one))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("index other than its id's");
            assertThatThrownBy(() -> served.direct().write("ehc", "never_made", one))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("No collection");
            assertThat(client.getDatabase("ehc").getCollection("by_reference").countDocuments()).isZero();
        } finally {
            served.server().shutdown();
        }
    }

    /** As the driver encodes a document it inserts. */
    private static byte[] bson(Document document) {
        BasicOutputBuffer bytes = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(bytes)) {
            new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry())
                    .encode(writer, document, EncoderContext.builder().isEncodingCollectibleDocument(true).build());
        }
        return bytes.toByteArray();
    }

    private static MongoClient client(EmbeddedReadStore.Served served) {
        return MongoClients.create("mongodb://127.0.0.1:" + served.server().getLocalAddress().getPort());
    }
}
