package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.EventStoreDatabase;
import uk.ehcworkflow.support.ServicePair;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * An event a read model cannot apply (here one whose stored payload is not even JSON, written into
 * the store behind the service's back) stops the read models that need it, visibly in health and
 * metrics, while the others go on; once the event is put right and the service restarted, they take
 * it up from where they stopped.
 */
class PoisonEventIT {

    private static final String ACTION_REGISTERED = "uk.ehcworkflow.events.improvement.ActionRegistered";

    private final Api api = new Api();

    @Test
    void an_event_no_read_model_can_apply_stops_only_its_read_models_visibly_until_it_is_put_right(@TempDir Path dataDir)
            throws Exception {
        try (ServicePair services = ServicePair.start(dataDir)) {
            ServiceProcess commands = services.commands();
            ServiceProcess queries = services.queries();
            String goodAction = api.post("lead", commands.port(), "/api/actions", """
                    {"reference":"1.1","areaOfWeakness":"Timeliness","title":"Review the 20-week process","leads":["L"],
                     "dueBy":"2025-03-31","successCriteria":[{"description":"d"}]}""").json().get("actionId").asText();
            api.await("lead", queries.port(), "/api/actions", answer -> answer.body().contains(goodAction));

            String poisoned = UUID.randomUUID().toString();
            String eventId = UUID.randomUUID().toString();
            try (Connection db = EventStoreDatabase.connect(dataDir); PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, "
                            + "payload, payloadRevision, payloadType, timeStamp) VALUES (?, 0, 'ImprovementAction', ?, "
                            + "STRINGTOUTF8('{}'), STRINGTOUTF8('{\"actionId\": ['), NULL, ?, '2024-06-01T09:00:00Z')")) {
                insert.setString(1, poisoned);
                insert.setString(2, eventId);
                insert.setString(3, ACTION_REGISTERED);
                insert.executeUpdate();
            }

            // Every read model that needs the event stops on it, each in its own time: wait for the one asked about.
            JsonNode health = api.await("admin", queries.port(), "/actuator/health", answer -> !answer.json()
                    .at("/components/readModels/details/readModels/improvement-actions/stuckOn").isMissingNode()).json();
            assertThat(health.get("status").asText()).isEqualTo("DOWN");
            JsonNode readModels = health.at("/components/readModels/details/readModels");
            assertThat(readModels.at("/assessment-timeline/stuckOn").isMissingNode()).isTrue();
            assertThat(api.get("admin", queries.port(), "/actuator/prometheus").body())
                    .contains("ehc_read_models_stuck{projection=\"improvement-actions\"} 1.0")
                    .contains("ehc_read_models_stuck{projection=\"assessment-timeline\"} 0.0");

            String caseId = api.post("officer", commands.port(), "/api/assessments", """
                    {"childName":"Poison Madeup","dateOfBirth":"2016-02-02","requestReceivedOn":"2024-05-01","requestSource":"SCHOOL"}""")
                    .json().get("assessmentId").asText();
            api.await("officer", queries.port(), "/api/assessments/" + caseId, answer -> answer.status() == 200);

            try (Connection db = EventStoreDatabase.connect(dataDir); PreparedStatement repair = db.prepareStatement(
                    "UPDATE DomainEventEntry SET payload = (SELECT STRINGTOUTF8(REPLACE(REPLACE(UTF8TOSTRING(payload), ?, ?), "
                            + "'\"1.1\"', '\"9.9\"')) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0) "
                            + "WHERE eventIdentifier = ?")) {
                repair.setString(1, goodAction);
                repair.setString(2, poisoned);
                repair.setString(3, goodAction);
                repair.setString(4, eventId);
                assertThat(repair.executeUpdate()).isOne();
            }
            // The fix arrives as it would in life, with a restart (a release with a tolerant reader or an upcaster).
            queries.stop();
            queries.start();
            api.await("lead", queries.port(), "/api/actions", answer -> answer.body().contains(poisoned));
            api.await("admin", queries.port(), "/actuator/health", answer -> answer.json().get("status").asText().equals("UP"));
        }
    }
}
