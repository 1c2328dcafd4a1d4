package uk.ehcworkflow.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventChainTest {

    record Stepped(String id, LocalDate on, BigDecimal value, String note) {
    }

    private static final Instant AT = Instant.parse("2024-06-03T09:15:30.123456789Z");
    private static final Map<String, Object> ACTOR = Map.of("user", "officer", "role", "CASE_OFFICER", "correlationId", "c-1");

    private static String hash(Object payload, Map<String, ?> metadata) {
        return EventChain.hash("0".repeat(64), "a-1", 3, "Stepped", AT, payload, metadata);
    }

    @Test
    void the_same_event_always_hashes_the_same_whatever_the_order_of_its_metadata() {
        Stepped event = new Stepped("a-1", LocalDate.of(2024, 6, 3), new BigDecimal("64.8"), null);

        assertThat(hash(event, ACTOR)).hasSize(64).isEqualTo(hash(event, Map.of("correlationId", "c-1",
                "role", "CASE_OFFICER", "user", "officer", "hash", "ignored", "traceId", "ignored")));
    }

    @Test
    void changing_any_part_of_the_content_changes_the_hash() {
        Stepped event = new Stepped("a-1", LocalDate.of(2024, 6, 3), new BigDecimal("64.8"), null);
        String original = hash(event, ACTOR);

        assertThat(hash(new Stepped("a-1", LocalDate.of(2024, 6, 2), new BigDecimal("64.8"), null), ACTOR)).isNotEqualTo(original);
        assertThat(hash(event, Map.of("user", "someone-else", "role", "CASE_OFFICER", "correlationId", "c-1"))).isNotEqualTo(original);
        assertThat(EventChain.hash("f".repeat(64), "a-1", 3, "Stepped", AT, event, ACTOR)).isNotEqualTo(original);
        assertThat(EventChain.hash("0".repeat(64), "a-1", 4, "Stepped", AT, event, ACTOR)).isNotEqualTo(original);
    }

    @Test
    void the_recorded_time_counts_to_the_millisecond_so_stores_that_keep_only_milliseconds_agree() {
        Stepped event = new Stepped("a-1", LocalDate.of(2024, 6, 3), BigDecimal.ONE, "n");

        assertThat(EventChain.hash("0".repeat(64), "a-1", 3, "Stepped", Instant.parse("2024-06-03T09:15:30.123Z"), event, ACTOR))
                .isEqualTo(hash(event, ACTOR));
    }
}
