package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.ServicePair;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * The event store put back to an earlier copy under read models built from a later history: the
 * read side notices by itself, says so, and rebuilds. Cases that exist only in the later history
 * leave the read models, and a case logged after the restore (whose position in the store the
 * read models had already passed) is not skipped.
 */
class RestoredStoreIT {

    private final Api api = new Api();

    @Test
    void read_models_built_from_a_history_the_store_no_longer_has_are_rebuilt_by_themselves(@TempDir Path dataDir)
            throws Exception {
        try (ServicePair services = ServicePair.start(dataDir)) {
            ServiceProcess commands = services.commands();
            ServiceProcess queries = services.queries();
            String kept = open(commands, "2024-01-10");
            commands.stop();
            Path copy = dataDir.resolve("earlier-copy.mv.db");
            Files.copy(dataDir.resolve("event-store.mv.db"), copy);
            commands.start();
            String lostOne = open(commands, "2024-02-10");
            String lostTwo = open(commands, "2024-03-10");
            api.await("officer", queries.port(), "/api/assessments/" + lostTwo, answer -> answer.status() == 200);
            // Long enough for the read side to have checked the store's history with these cases read.
            Thread.sleep(12_000);

            queries.stop();
            commands.stop();
            Files.copy(copy, dataDir.resolve("event-store.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            commands.start();
            queries.start();
            String afterRestore = open(commands, "2024-04-10");

            api.await("officer", queries.port(), "/api/assessments/" + afterRestore, answer -> answer.status() == 200);
            api.await("officer", queries.port(), "/api/assessments/" + lostOne, answer -> answer.status() == 404);
            assertThat(api.get("officer", queries.port(), "/api/assessments/" + lostTwo).status()).isEqualTo(404);
            assertThat(api.get("officer", queries.port(), "/api/assessments/" + kept).status()).isEqualTo(200);
            api.await("dashboard", queries.port(), "/api/timeliness?year=2024",
                    answer -> answer.json().get("requestsReceived").asLong() == 2);
            assertThat(queries.log()).contains("The event store's history is not the one the read models were built from");
            api.await("admin", queries.port(), "/api/admin/projections/audit-log/reconcile",
                    answer -> answer.json().get("matches").asBoolean());
        }
    }

    private String open(ServiceProcess commands, String receivedOn) {
        Api.Answer opened = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Restore Madeup","dateOfBirth":"2014-03-03","requestReceivedOn":"%s","requestSource":"PARENT"}"""
                .formatted(receivedOn));
        assertThat(opened.status()).isEqualTo(201);
        return opened.json().get("assessmentId").asText();
    }
}
