package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * A read model that lost a document behind the service's back (a fault, a stray hand), or the open
 * deadlines derived from one, is found by the scheduled reconciliation and repaired by rebuilding it,
 * with no one calling an endpoint.
 */
class SelfRepairIT {

    private final Api api = new Api();

    @Test
    void a_read_model_that_differs_from_the_store_is_rebuilt_by_itself(@TempDir Path dataDir) throws Exception {
        int readStorePort = ServiceProcess.freePort();
        ServiceProcess commands = new ServiceProcess("command-service", dataDir);
        ServiceProcess queries = new ServiceProcess("query-service", dataDir, List.of(
                "--ehc.read-store.embedded.port=" + readStorePort, "--ehc.read-models.reconcile-interval=5s"));
        commands.start();
        queries.start();
        try (MongoClient readStore = MongoClients.create("mongodb://127.0.0.1:" + readStorePort)) {
            String damaged = open(commands);
            String intact = open(commands);
            api.await("officer", queries.port(), "/api/assessments/" + intact, answer -> answer.status() == 200);
            api.await("officer", queries.port(), "/api/assessments/" + damaged, answer -> answer.status() == 200);

            long deleted = readStore.getDatabase("ehc").getCollection("assessment_timeline")
                    .deleteOne(new Document("_id", damaged)).getDeletedCount();
            assertThat(deleted).isOne();
            assertThat(api.get("officer", queries.port(), "/api/assessments/" + damaged).status()).isEqualTo(404);

            api.await("officer", queries.port(), "/api/assessments/" + damaged, answer -> answer.status() == 200);
            assertThat(queries.log()).contains("Read model 'assessment-timeline' differs from the event store on 1 aggregates");
            assertThat(api.get("admin", queries.port(), "/actuator/prometheus").body())
                    .contains("ehc_read_models_repairs_total{projection=\"assessment-timeline\"} 1.0");

            // the open deadlines derived from a case: lost, they are owed again by the case as it stands
            long lost = readStore.getDatabase("ehc").getCollection("case_deadlines")
                    .deleteMany(Filters.regex("_id", "\\|" + intact + "(\\||$)")).getDeletedCount();
            assertThat(lost).as("the decision's deadline under each index, and the case's list").isGreaterThan(1);
            assertThat(trayHolds(queries, intact)).isFalse();
            api.await("officer", queries.port(), "/api/work-tray?withinDays=366&size=500", answer -> trayHolds(queries, intact));
            assertThat(api.get("admin", queries.port(), "/actuator/prometheus").body())
                    .contains("ehc_read_models_repairs_total{projection=\"assessment-timeline\"} 2.0");
        } finally {
            queries.stop();
            commands.stop();
        }
    }

    private boolean trayHolds(ServiceProcess queries, String assessmentId) {
        return api.get("officer", queries.port(), "/api/work-tray?withinDays=366&size=500").body().contains(assessmentId);
    }

    private String open(ServiceProcess commands) {
        return api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Repair Madeup","dateOfBirth":"2013-07-07","requestReceivedOn":"2024-09-02","requestSource":"PARENT"}""")
                .json().get("assessmentId").asText();
    }
}
