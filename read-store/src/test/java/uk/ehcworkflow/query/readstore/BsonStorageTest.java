package uk.ehcworkflow.query.readstore;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BsonStorageTest {

    /**
     * Until December 2026 the collections' maps held documents, written by the file as their length
     * then their BSON; a file written then is read now, where the maps hold the bytes themselves.
     */
    @Test
    void a_file_written_when_the_maps_held_documents_is_read_as_it_was_written(@TempDir Path folder) {
        Document document = new Document("_id", "case-1").append("weeks", 20L).append("met", true)
                .append("steps", List.of(new Document("milestone", "FINAL_PLAN_ISSUED"), "loose"))
                .append("counters", new Document("m:2026-11", new Document("plans", 2L)));
        Path file = folder.resolve("read-store.mv");
        MVStore before = new MVStore.Builder().fileName(file.toString()).open();
        before.openMap("databases.ehc.read_models", new MVMap.Builder<Object, Document>()
                .keyType(BsonStorage.Values.INSTANCE).valueType(new DocumentsAsWrittenBefore())).put("case-1", document);
        before.close();

        MVStore after = new MVStore.Builder().fileName(file.toString()).open();
        try {
            MVMap<Object, byte[]> documents = after.openMap("databases.ehc.read_models",
                    new MVMap.Builder<Object, byte[]>().keyType(BsonStorage.Values.INSTANCE)
                            .valueType(BsonStorage.Encoded.INSTANCE));
            assertThat(BsonStorage.decode(documents.get("case-1"))).isEqualTo(document);
        } finally {
            after.close();
        }
    }

    @Test
    void a_document_is_kept_as_its_bson_and_comes_back_as_it_went_in() {
        Document document = new Document("_id", "record|case-1").append("text", "Zoë's plan").append("position", 9_000_000_000L)
                .append("percent", 46.4).append("nothing", null).append("nested", new Document("a", List.of(1, 2L)));
        WriteBuffer buffer = new WriteBuffer();
        BsonStorage.Encoded.INSTANCE.write(buffer, BsonStorage.encode(document));

        byte[] read = BsonStorage.Encoded.INSTANCE.read(buffer.getBuffer().flip());

        assertThat(BsonStorage.decode(read)).isEqualTo(document);
        assertThat(BsonStorage.Encoded.INSTANCE.getMemory(read)).isLessThan(read.length + 64);
    }

    /** One buffer a thread encodes into: a large document, then a small one, each comes out exactly, as on its own. */
    @Test
    void documents_encoded_one_after_another_each_come_out_whole_and_alone() {
        Document large = new Document("_id", "large").append("text", "x".repeat(BsonStorage.LARGEST_KEPT_ENCODING + 10));
        Document small = new Document("_id", "small").append("weeks", 6L);
        Document smaller = new Document("_id", "s");

        for (Document document : List.of(small, large, small, smaller, large, smaller)) {
            ByteBuf alone = Unpooled.buffer();
            BsonEncoder.encodeDocument(document, alone);
            byte[] expected = new byte[alone.readableBytes()];
            alone.readBytes(expected);

            byte[] encoded = BsonStorage.encode(document);

            assertThat(encoded).isEqualTo(expected);
            assertThat(BsonStorage.decode(encoded)).isEqualTo(document);
        }
    }

    /** Ids and single-field keys that are strings are written directly, to the very bytes the general encoding writes. */
    @Test
    void a_string_id_or_key_is_written_as_the_general_encoding_writes_it_and_read_back() {
        for (String id : List.of("", "a", "record|case-10", "Zoë", "\uD83D\uDE00", "\uD800 alone", "a\u0000b", "x".repeat(300))) {
            ByteBuf general = Unpooled.buffer();
            general.writeByte(2);
            BsonEncoder.encodeValue((byte) 2, id, general);
            byte[] value = new byte[general.readableBytes()];
            general.readBytes(value);

            WriteBuffer written = new WriteBuffer();
            BsonStorage.Values.INSTANCE.write(written, id);
            ByteBuffer asValue = written.getBuffer().flip();
            assertThat(DataUtils.readVarInt(asValue)).isEqualTo(value.length);
            assertThat(remaining(asValue)).as("id %s", id).isEqualTo(value);
            assertThat(BsonStorage.Values.INSTANCE.read(written.getBuffer().rewind())).isEqualTo(
                    BsonDecoder.decodeValue((byte) 2, Unpooled.wrappedBuffer(value, 1, value.length - 1)));

            WriteBuffer key = new WriteBuffer();
            BsonStorage.Keys.INSTANCE.write(key, new KeyValue(id));
            ByteBuffer asKey = key.getBuffer().flip();
            assertThat(DataUtils.readVarInt(asKey)).isEqualTo(Integer.BYTES + value.length);
            assertThat(asKey.getInt()).isEqualTo(1);
            assertThat(remaining(asKey)).as("key %s", id).isEqualTo(value);
            assertThat(BsonStorage.Keys.INSTANCE.read(key.getBuffer().rewind()).get(0)).isEqualTo(
                    BsonStorage.Values.INSTANCE.read(written.getBuffer().rewind()));
        }
    }

    private static byte[] remaining(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** The value type the collections' maps had until December 2026, as it wrote and read. */
    private static final class DocumentsAsWrittenBefore extends BasicDataType<Document> {

        @Override
        public void write(WriteBuffer buffer, Document document) {
            ByteBuf bytes = Unpooled.buffer(256);
            BsonEncoder.encodeDocument(document, bytes);
            buffer.putVarInt(bytes.readableBytes());
            buffer.put(bytes.array(), bytes.arrayOffset() + bytes.readerIndex(), bytes.readableBytes());
            bytes.release();
        }

        @Override
        public Document read(ByteBuffer buffer) {
            byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
            buffer.get(bytes);
            return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
        }

        @Override
        public int getMemory(Document document) {
            return 1_000;
        }

        @Override
        public Document[] createStorage(int size) {
            return new Document[size];
        }
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
