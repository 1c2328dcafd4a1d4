package uk.ehcworkflow.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The same changes, written through the driver and straight into the embedded store, leave the same documents. */
class DocumentWritesTest {

    private final ProjectionHarness harness = new ProjectionHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    private static Document document(String id, int version) {
        // fields in the order a projection's JSON gives them, the id last, as JsonDocuments never puts it first
        return new Document("version", version).append("position", 9_000_000_000L + version).append("percent", 46.4)
                .append("met", version % 2 == 0).append("nothing", null).append("recordedAt", new Date(1_700_000_000_000L))
                .append("facts", List.of(new Document("kind", "advice").append("weeks", 6), "Zoë's plan"))
                .append("counts", new Document("2024-06-03", new Document("advice", new Document("HEALTH", 2L))))
                .append("_id", id);
    }

    @Test
    void changes_written_directly_leave_the_documents_the_driver_leaves() {
        ReadModelCollections live = harness.collections();
        ReadModelCollections rebuilding = live.withSuffix("__rebuild");
        harness.database().createCollection("cases");
        harness.database().createCollection("cases__rebuild");
        List<DocumentWrites.Change> first = new ArrayList<>();
        List<DocumentWrites.Change> second = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            first.add(DocumentWrites.Change.put("case-" + i, document("case-" + i, 1), true));
        }
        for (int i = 0; i < 1_200; i += 3) {
            second.add(DocumentWrites.Change.put("case-" + i, document("case-" + i, 2), false));
        }
        for (int i = 1; i < 1_200; i += 7) {
            second.add(DocumentWrites.Change.delete("case-" + i));
        }
        second.add(DocumentWrites.Change.put("new-case", document("new-case", 1), false));

        for (ReadModelCollections collections : List.of(live, rebuilding)) {
            collections.writes("cases").write(first);
            collections.writes("cases").write(second);
        }

        MongoCollection<Document> sent = harness.database().getCollection("cases");
        MongoCollection<Document> direct = harness.database().getCollection("cases__rebuild");
        assertThat(sent.countDocuments()).isEqualTo(1_200 - 172 + 1);
        assertThat(direct.find().into(new ArrayList<>())).isEqualTo(sent.find().into(new ArrayList<>()));
        assertThat(direct.find().first().keySet().iterator().next()).as("the id first, as MongoDB keeps it").isEqualTo("_id");
    }

    /** Written by hand for speed, byte for byte as the driver's codec writes them, whatever the values. */
    @Test
    void a_document_is_encoded_as_the_driver_encodes_one_it_inserts() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("weeks", 20);
        nested.put("empty", List.of());
        nested.put("nothing", null);
        List<Document> documents = List.of(
                document("case-1", 1),
                new Document("_id", "first").append("x", 1),
                new Document(),
                new Document("unicode", "Zoë – ½ – 漢字 – 🙂").append("_id", "u"),
                new Document("_id", "maps").append("plain", nested).append("lists", List.of(List.of(1L, 2.5), nested, "x")),
                new Document("_id", "other types").append("decimal", new BigDecimal("1.5")).append("bytes", new byte[] {1, 2, 3})
                        .append("nested", new Document("float", 1.5f)),
                new Document("_id", 7).append("min", Long.MIN_VALUE).append("nan", Double.NaN).append("false", false));

        for (Document document : documents) {
            BasicOutputBuffer expected = new BasicOutputBuffer();
            try (BsonBinaryWriter writer = new BsonBinaryWriter(expected)) {
                new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry())
                        .encode(writer, document, EncoderContext.builder().isEncodingCollectibleDocument(true).build());
            }
            assertThat(DocumentWrites.bson(document)).as(document.toJson()).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void the_live_read_models_are_never_written_directly() {
        assertThat(harness.collections().writes("cases").isDirect()).isFalse();
        assertThat(harness.collections().withSuffix("__rebuild").writes("cases").isDirect()).isTrue();
    }
}
