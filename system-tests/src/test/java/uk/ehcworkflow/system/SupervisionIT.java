package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * {@code ./run.sh} as a person starts it, with its logs as JSON lines: a service killed outright is
 * started again, the console says so, and the service answers again; Ctrl-C (SIGTERM) then stops both.
 */
class SupervisionIT {

    private final Api api = new Api();

    @Test
    void a_service_killed_under_run_sh_is_started_again_and_says_so(@TempDir Path dataDir) throws Exception {
        int commandPort = ServiceProcess.freePort();
        int queryPort = ServiceProcess.freePort();
        Path console = dataDir.resolve("console.txt");
        Path script = Files.exists(Path.of("run.sh")) ? Path.of("run.sh") : Path.of("..", "run.sh");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "--no-build")
                .redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().put("EHC_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("EHC_COMMAND_PORT", Integer.toString(commandPort));
        builder.environment().put("EHC_QUERY_PORT", Integer.toString(queryPort));
        builder.environment().put("EHC_LOG_FORMAT", "json");
        Process runSh = builder.start();
        try {
            awaitConsole(console, "ehc-workflow is ready");

            serviceOn(queryPort).orElseThrow().destroyForcibly();
            awaitConsole(console, "query-service is running again");
            assertThat(Files.readString(console)).contains("query-service stopped unexpectedly");
            assertThat(api.get(null, queryPort, "/actuator/health").status()).isEqualTo(200);

            serviceOn(commandPort).orElseThrow().destroyForcibly();
            awaitConsole(console, "command-service is running again");
            Api.Answer opened = api.post("officer", commandPort, "/api/assessments", """
                    {"childName":"Run Madeup","dateOfBirth":"2014-03-03","requestReceivedOn":"2025-02-03","requestSource":"PARENT"}""");
            assertThat(opened.status()).isEqualTo(201);
            api.await("officer", queryPort, "/api/assessments/" + opened.json().get("assessmentId").asText(),
                    answer -> answer.status() == 200);
        } finally {
            runSh.destroy();
            assertThat(runSh.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(console)).contains("Stopped. Data kept in");
        Path log = dataDir.resolve("data").resolve("logs").resolve("query-service.log");
        for (String line : Files.readAllLines(log).subList(0, 5)) {
            assertThat(new ObjectMapper().readTree(line).has("@timestamp")).as("one JSON object per line: " + line).isTrue();
        }
        assertThat(serviceOn(queryPort)).isEmpty();
        assertThat(serviceOn(commandPort)).isEmpty();
    }

    /** The service process listening on that port, found by its command line. */
    private static Optional<ProcessHandle> serviceOn(int port) {
        return ProcessHandle.allProcesses().filter(process -> process.info().commandLine()
                .filter(line -> line.contains("--server.port=" + port + " ")).isPresent()).findFirst();
    }

    private static void awaitConsole(Path console, String line) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String said = Files.exists(console) ? Files.readString(console) : "";
            if (said.contains(line)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run.sh never said \"" + line + "\":\n" + Files.readString(console));
    }
}
