package uk.ehcworkflow.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehcworkflow.command.CommandServiceTest;
import uk.ehcworkflow.events.common.ChainMetadata;
import uk.ehcworkflow.platform.audit.EventChain;

class EventChainStampTest extends CommandServiceTest {

    @Autowired
    EventStore store;

    @Test
    void each_stored_event_carries_the_hash_of_the_one_before_and_a_hash_of_its_own_content() throws Exception {
        String id = post("officer", "/api/assessments", """
                {"childName":"Quinn Madeup","dateOfBirth":"2016-01-01","requestReceivedOn":"2024-06-03","requestSource":"PARENT"}""")
                .body().get("assessmentId").asText();
        post("officer", "/api/assessments/" + id + "/milestones", "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2024-07-01\"}");
        post("officer", "/api/assessments/" + id + "/advice-requests", "{\"agency\":\"HEALTH\",\"requestedOn\":\"2024-07-02\"}");

        List<DomainEventMessage<?>> events = new ArrayList<>();
        store.readEvents(id).asStream().forEach(events::add);

        assertThat(events).hasSize(3);
        String previous = ChainMetadata.GENESIS;
        for (DomainEventMessage<?> event : events) {
            assertThat(event.getMetaData().get(ChainMetadata.PREVIOUS_HASH)).isEqualTo(previous);
            String recomputed = EventChain.hash(previous, id, event.getSequenceNumber(), event.getPayloadType().getName(),
                    event.getTimestamp(), event.getPayload(), event.getMetaData());
            assertThat(event.getMetaData().get(ChainMetadata.HASH)).isEqualTo(recomputed);
            previous = recomputed;
        }
    }
}
