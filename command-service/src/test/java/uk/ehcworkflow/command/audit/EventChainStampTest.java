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

        assertChainIntact(id, 5); // opened, its reference, its caseload, the decision, the advice request
    }

    @Test
    void a_refused_command_leaves_the_chain_continuing_from_what_was_stored() throws Exception {
        String id = post("officer", "/api/assessments", """
                {"childName":"Rowan Madeup","dateOfBirth":"2016-02-01","requestReceivedOn":"2024-06-03","requestSource":"PARENT"}""")
                .body().get("assessmentId").asText();
        assertThat(post("officer", "/api/assessments/" + id + "/milestones",
                "{\"milestone\":\"FINAL_PLAN_ISSUED\",\"occurredOn\":\"2024-07-01\"}").status()).isEqualTo(409);
        post("officer", "/api/assessments/" + id + "/milestones", "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2024-07-01\"}");

        assertChainIntact(id, 4); // opened, its reference, its caseload, the decision
    }

    private void assertChainIntact(String id, int expectedEvents) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        store.readEvents(id).asStream().forEach(events::add);

        assertThat(events).hasSize(expectedEvents);
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
