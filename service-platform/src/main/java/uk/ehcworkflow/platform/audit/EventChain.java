package uk.ehcworkflow.platform.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.ehcworkflow.events.common.ChainMetadata;

/**
 * The hash that chains an event to its predecessor: SHA-256 over the previous hash and the
 * event's immutable content (aggregate, sequence number, type, recorded time to the
 * millisecond, payload and who recorded it), in one canonical JSON form. Written by the
 * command side, recomputed by anyone who verifies.
 */
public final class EventChain {

    /** The metadata that is part of an event's content; the chain's own keys and tracing ids are not. */
    public static final List<String> HASHED_METADATA = List.of("user", "role", "agency", "correlationId");

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .build();

    private EventChain() {
    }

    public static String hash(String previousHash, String aggregateId, long sequenceNumber, String payloadType,
                              Instant recordedAt, Object payload, Map<String, ?> metadata) {
        Map<String, Object> actor = new TreeMap<>();
        HASHED_METADATA.forEach(key -> {
            if (metadata.get(key) != null) {
                actor.put(key, String.valueOf(metadata.get(key)));
            }
        });
        try {
            String content = String.join("\n", previousHash, aggregateId, Long.toString(sequenceNumber), payloadType,
                    recordedAt.truncatedTo(ChronoUnit.MILLIS).toString(),
                    CANONICAL.writeValueAsString(Map.of("payload", payload, "metadata", actor)));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash an event", e);
        }
    }

    /**
     * One aggregate's chain, checked event by event in order: what the auditors' verification and
     * a restore both walk.
     */
    public static final class Link {

        private String previous = ChainMetadata.GENESIS;

        /**
         * Checks the next event of the chain against the hash it carries in its metadata.
         *
         * @return null when the link is sound, else what is wrong with it, in words
         */
        public String check(String aggregateId, long sequenceNumber, String payloadType, Instant recordedAt,
                            Object payload, Map<String, ?> metadata) {
            Object claimedPrevious = metadata.get(ChainMetadata.PREVIOUS_HASH);
            Object claimedHash = metadata.get(ChainMetadata.HASH);
            if (claimedHash == null || claimedPrevious == null) {
                return "the event carries no hash";
            }
            if (!previous.equals(claimedPrevious)) {
                return "the event does not follow the one before it (an event was removed, added or reordered)";
            }
            String recomputed;
            try {
                recomputed = hash(previous, aggregateId, sequenceNumber, payloadType, recordedAt, payload, metadata);
            } catch (RuntimeException unreadable) {
                return "the stored event cannot be read: " + unreadable.getClass().getSimpleName();
            }
            if (!recomputed.equals(claimedHash)) {
                return "the event's content no longer matches its hash (it was edited after it was recorded)";
            }
            previous = recomputed;
            return null;
        }
    }
}
