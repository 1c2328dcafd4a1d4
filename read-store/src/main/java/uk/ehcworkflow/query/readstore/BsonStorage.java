package uk.ehcworkflow.query.readstore;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the embedded read store writes documents, ids and index keys to its file: as BSON, the
 * way they travel on the wire. The store's stock format is Java serialization, which cost more
 * than everything else the read side does put together, and compared index keys by
 * deserializing them.
 */
final class BsonStorage {

    /** Stands for a missing value (a sparse index's key); BSON never uses 0 as a value's type. */
    private static final byte MISSING = 0;
    private static final ValueComparator ORDER = ValueComparator.asc();
    /** The most a thread keeps of the buffer it encodes documents in ({@link #encode}). */
    static final int LARGEST_KEPT_ENCODING = 1024 * 1024;
    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(64 * 1024));

    private BsonStorage() {
    }

    /**
     * As the server orders values, with the ids and keys the read models use, strings, compared
     * directly: the server's comparator first ranks the two values' types, which was a tenth of a
     * rebuild's time in the store's maps.
     */
    static int compareValues(Object a, Object b) {
        return a instanceof String first && b instanceof String second ? first.compareTo(second) : ORDER.compare(a, b);
    }

    /**
     * Whole documents, as their BSON bytes, which the collections encode when they put a document
     * and decode when they hand one out ({@code BsonFileBackend.StoredAsBson}). In the file each is
     * its length then its bytes: the format of the files written when the maps held documents.
     */
    static final class Encoded extends BasicDataType<byte[]> {

        static final Encoded INSTANCE = new Encoded();

        @Override
        public void write(WriteBuffer buffer, byte[] document) {
            buffer.putVarInt(document.length);
            buffer.put(document);
        }

        @Override
        public byte[] read(ByteBuffer buffer) {
            return getBytes(buffer);
        }

        /** The array's own size: what the store's cache holds of a page is what it counts. */
        @Override
        public int getMemory(byte[] document) {
            return 16 + document.length;
        }

        @Override
        public byte[][] createStorage(int size) {
            return new byte[size][];
        }
    }

    /**
     * A document's BSON, written into a buffer each thread keeps rather than one grown afresh by
     * doubling for every document put: in a rebuild, that growing was a twentieth of everything the
     * query service allocated. Only the exact bytes are copied out; a buffer grown past
     * {@link #LARGEST_KEPT_ENCODING} by a large document is not kept.
     */
    static byte[] encode(Document document) {
        ByteBuf bytes = ENCODING.get();
        bytes.clear();
        try {
            BsonEncoder.encodeDocument(document, bytes);
            byte[] encoded = new byte[bytes.readableBytes()];
            bytes.readBytes(encoded);
            return encoded;
        } finally {
            if (bytes.capacity() > LARGEST_KEPT_ENCODING) {
                ENCODING.remove();
                bytes.release();
            }
        }
    }

    static Document decode(byte[] encoded) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(encoded));
    }

    /** Single values: a document's id, or the id an index points to. Ordered as MongoDB orders them. */
    static final class Values extends BasicDataType<Object> {

        static final Values INSTANCE = new Values();

        @Override
        public int compare(Object a, Object b) {
            return compareValues(a, b);
        }

        @Override
        public void write(WriteBuffer buffer, Object value) {
            if (value instanceof String text) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                buffer.putVarInt(encodedLength(utf8));
                putString(buffer, utf8);
                return;
            }
            ByteBuf bytes = Unpooled.buffer(32);
            try {
                encodeValue(value, bytes);
                putBytes(buffer, bytes);
            } finally {
                bytes.release();
            }
        }

        @Override
        public Object read(ByteBuffer buffer) {
            return decodeValue(Unpooled.wrappedBuffer(getBytes(buffer)));
        }

        @Override
        public int getMemory(Object value) {
            return estimate(value);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }

    /** A unique index's keys: one value per indexed field, ordered field by field. */
    static final class Keys extends BasicDataType<KeyValue> {

        static final Keys INSTANCE = new Keys();

        @Override
        public int compare(KeyValue a, KeyValue b) {
            int shared = Math.min(a.size(), b.size());
            for (int i = 0; i < shared; i++) {
                int order = compareValues(a.get(i), b.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(a.size(), b.size());
        }

        @Override
        public void write(WriteBuffer buffer, KeyValue key) {
            if (key.size() == 1 && key.get(0) instanceof String text) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                buffer.putVarInt(Integer.BYTES + encodedLength(utf8));
                buffer.putInt(1);
                putString(buffer, utf8);
                return;
            }
            ByteBuf bytes = Unpooled.buffer(32);
            try {
                bytes.writeInt(key.size());
                key.forEach(value -> encodeValue(value, bytes));
                putBytes(buffer, bytes);
            } finally {
                bytes.release();
            }
        }

        @Override
        public KeyValue read(ByteBuffer buffer) {
            ByteBuf bytes = Unpooled.wrappedBuffer(getBytes(buffer));
            int size = bytes.readInt();
            List<Object> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(decodeValue(bytes));
            }
            return new KeyValue(values);
        }

        @Override
        public int getMemory(KeyValue key) {
            int memory = 48;
            for (Object value : key) {
                memory += estimate(value);
            }
            return memory;
        }

        @Override
        public KeyValue[] createStorage(int size) {
            return new KeyValue[size];
        }
    }

    /**
     * A string as {@link #encodeValue} writes one, byte for byte, without its buffer: the ids and
     * index keys that nearly all are strings are written again with every page that holds them, at
     * every commit. Its type; its length with the closing zero, as BSON writes numbers (least
     * significant byte first); its UTF-8; the zero.
     */
    private static void putString(WriteBuffer buffer, byte[] utf8) {
        buffer.put(BsonConstants.TYPE_UTF8_STRING);
        buffer.putInt(Integer.reverseBytes(utf8.length + 1));
        buffer.put(utf8);
        buffer.put((byte) 0);
    }

    private static int encodedLength(byte[] utf8) {
        return 1 + Integer.BYTES + utf8.length + 1;
    }

    private static void encodeValue(Object value, ByteBuf bytes) {
        if (value instanceof Missing) {
            bytes.writeByte(MISSING);
            return;
        }
        byte type = BsonEncoder.determineType(value);
        bytes.writeByte(type);
        BsonEncoder.encodeValue(type, value, bytes);
    }

    private static Object decodeValue(ByteBuf bytes) {
        byte type = bytes.readByte();
        return type == MISSING ? Missing.getInstance() : BsonDecoder.decodeValue(type, bytes);
    }

    private static void putBytes(WriteBuffer buffer, ByteBuf bytes) {
        int length = bytes.readableBytes();
        buffer.putVarInt(length);
        buffer.put(bytes.array(), bytes.arrayOffset() + bytes.readerIndex(), length);
    }

    private static byte[] getBytes(ByteBuffer buffer) {
        byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bytes);
        return bytes;
    }

    /** A rough size in memory, which is all the store's cache and page splitting need. */
    private static int estimate(Object value) {
        if (value instanceof String text) {
            return 48 + text.length();
        }
        if (value instanceof Map<?, ?> map) {
            int memory = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                memory += 32 + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return memory;
        }
        if (value instanceof Collection<?> values) {
            int memory = 48;
            for (Object element : values) {
                memory += 8 + estimate(element);
            }
            return memory;
        }
        return 24;
    }
}
