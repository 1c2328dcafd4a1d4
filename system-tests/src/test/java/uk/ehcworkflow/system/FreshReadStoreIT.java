package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.ServicePair;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * A new read store (a new query service, or its file deleted) is built by one pass over the event
 * store for every read model together, while the processors start at the head. A query service
 * killed with {@code kill -9} in the middle of that pass builds it again on its next start rather
 * than going on from the head: afterwards every read model holds every event once.
 */
class FreshReadStoreIT {

    private static final int CASES = 300;
    private final Api api = new Api();

    @Test
    void a_new_read_store_is_built_in_one_pass_and_again_after_a_kill_9_in_the_middle_of_it(@TempDir Path dataDir)
            throws Exception {
        try (ServicePair services = ServicePair.start(dataDir)) {
            ServiceProcess commands = services.commands();
            List<String> cases = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                cases.add(openWithDecision(commands, LocalDate.of(2024, 1, 2).plusDays(i % 200)));
            }
            services.queries().stop();
            Files.delete(dataDir.resolve("read-store.mv"));

            // Small slices, so that the pass takes long enough to be killed half way.
            ServiceProcess queries = new ServiceProcess("query-service", dataDir, List.of("--ehc.read-models.rebuild.slice-events=10"));
            try {
                rebuiltAfterKill(commands, queries, cases);
            } finally {
                queries.stop();
            }
        }
    }

    private void rebuiltAfterKill(ServiceProcess commands, ServiceProcess queries, List<String> cases) throws Exception {
        queries.start();
        JsonNode during = api.await("admin", queries.port(), "/api/admin/projections", answer -> answer.status() == 200
                && answer.json().get(0).at("/lastRebuild/state").asText().matches("QUEUED|RUNNING")).json();
        queries.kill();
        long head = during.get(0).get("head").asLong();
        assertThat(during).allMatch(projection -> projection.at("/lastRebuild/eventsDone").asLong() < head);

        // Written while the query service is down: the processors must apply these after the pass.
        for (int i = 0; i < 10; i++) {
            cases.add(openWithDecision(commands, LocalDate.of(2024, 9, 2)));
        }
        queries.start();
        try {
            api.awaitReadModelsCaughtUp(queries.port(), Duration.ofMinutes(3));
        } catch (AssertionError notCaughtUp) {
            System.out.println("The read models did not catch up; what the query service logged:");
            queries.log().lines().filter(line -> line.contains("ERROR") || line.contains("WARN") || line.contains("Exception")
                    || line.contains("Rebuil") || line.contains("claim") || line.contains("segment")).limit(300).forEach(line -> System.out.println("  " + line));
            System.out.println("Its threads:");
            System.out.println(queries.threadDump());
            throw notCaughtUp;
        }
        assertThat(queries.log()).contains("building them in one pass over the event store");

        for (JsonNode projection : api.get("admin", queries.port(), "/api/admin/projections").json()) {
            String name = projection.get("name").asText();
            JsonNode result = api.get("admin", queries.port(), "/api/admin/projections/" + name + "/reconcile").json();
            assertThat(result.get("matches").asBoolean()).as(name + ": " + result).isTrue();
        }
        JsonNode figures = api.get("dashboard", queries.port(), "/api/timeliness?year=2024").json();
        assertThat(figures.get("requestsReceived").asLong()).isEqualTo(cases.size());
        assertThat(figures.get("agreedToAssess").asLong()).isEqualTo(cases.size());
        for (String caseId : List.of(cases.get(0), cases.get(CASES / 2), cases.get(cases.size() - 1))) {
            assertThat(api.get("officer", queries.port(), "/api/assessments/" + caseId).json().get("milestones"))
                    .hasSize(1);
        }
    }

    private String openWithDecision(ServiceProcess commands, LocalDate received) {
        Api.Answer opened = api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"Fresh Madeup\","
                + "\"dateOfBirth\":\"2016-03-03\",\"requestReceivedOn\":\"" + received + "\",\"requestSource\":\"PARENT\"}");
        assertThat(opened.status()).isEqualTo(201);
        String id = opened.json().get("assessmentId").asText();
        assertThat(api.post("officer", commands.port(), "/api/assessments/" + id + "/milestones",
                "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"" + received.plusDays(20) + "\"}").status())
                .isEqualTo(204);
        return id;
    }
}
