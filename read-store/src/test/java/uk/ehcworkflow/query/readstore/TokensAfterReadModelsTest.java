package uk.ehcworkflow.query.readstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A processor's token is never written before the read-model writes of its batch")
class TokensAfterReadModelsTest {

    private static final TrackingToken FIFTH = new GlobalSequenceTrackingToken(5);

    private final InMemoryTokenStore stored = new InMemoryTokenStore();
    private final TokensAfterReadModels tokens = new TokensAfterReadModels(stored);

    @BeforeEach
    void oneSegment() {
        stored.initializeTokenSegments("timeline", 1);
    }

    @Test
    void a_token_stored_as_a_batch_starts_is_written_only_after_the_batch_flushed_its_read_models() {
        List<TrackingToken> tokenWhenFlushing = new ArrayList<>();
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        tokens.storeToken(FIFTH, "timeline", 0);
        batch.onPrepareCommit(flushing -> tokenWhenFlushing.add(stored.fetchToken("timeline", 0)));

        batch.commit();

        assertThat(tokenWhenFlushing).containsOnlyNulls().hasSize(1);
        assertThat(stored.fetchToken("timeline", 0)).isEqualTo(FIFTH);
    }

    @Test
    void a_batch_that_fails_leaves_the_token_where_it_was() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        tokens.storeToken(FIFTH, "timeline", 0);

        batch.rollback(new IllegalStateException("a projection failed"));

        assertThat(stored.fetchToken("timeline", 0)).isNull();
    }

    @Test
    void a_token_stored_outside_a_batch_is_written_at_once() {
        tokens.storeToken(FIFTH, "timeline", 0);

        assertThat(stored.fetchToken("timeline", 0)).isEqualTo(FIFTH);
    }
}
