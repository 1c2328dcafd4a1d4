package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * {@code ./run.sh} as a person starts it, with its logs as JSON lines: a service killed outright is
 * started again while the other keeps running, however slow the restart (the console says so); a
 * service that hangs (stopped with SIGSTOP) is killed and started again; Ctrl-C (SIGTERM) then stops
 * both. It makes the backup passphrase on first start, writes every file for its user alone, and
 * prints no shell error.
 */
class SupervisionIT {

    private final Api api = new Api();

    @Test
    void a_service_killed_or_hung_under_run_sh_is_started_again_alone_and_says_so(@TempDir Path folder) throws Exception {
        int commandPort = ServiceProcess.freePort();
        int queryPort = ServiceProcess.freePort();
        Path console = folder.resolve("console.txt");
        Path passphrase = folder.resolve("keys").resolve("backup-passphrase");
        Path script = Files.exists(Path.of("run.sh")) ? Path.of("run.sh") : Path.of("..", "run.sh");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "--no-build")
                .redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().put("EHC_DATA_DIR", folder.resolve("data").toString());
        builder.environment().put("EHC_COMMAND_PORT", Integer.toString(commandPort));
        builder.environment().put("EHC_QUERY_PORT", Integer.toString(queryPort));
        builder.environment().put("EHC_BACKUP_PASSPHRASE_FILE", passphrase.toString());
        builder.environment().put("EHC_LOG_FORMAT", "json");
        builder.environment().put("EHC_JAVA_OPTS", System.getProperty("ehc.service.jvm-options", ""));
        builder.environment().put("EHC_SLOW_START_SECONDS", "1");
        builder.environment().put("EHC_HUNG_AFTER_SECONDS", "20");
        Process runSh = builder.start();
        try {
            awaitConsole(console, "ehc-workflow is ready");
            assertThat(Files.readString(console)).contains("Backups are encrypted with a new passphrase in " + passphrase);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passphrase))).isEqualTo("rw-------");

            ProcessHandle queries = serviceOn(queryPort).orElseThrow();
            serviceOn(commandPort).orElseThrow().destroyForcibly();
            awaitConsole(console, "command-service is running again");
            assertThat(Files.readString(console)).contains(
                    "command-service stopped unexpectedly (exit 137); starting it again on port " + commandPort,
                    "command-service is still starting after");
            assertThat(queries.isAlive()).as("the query service kept running while the command service restarted").isTrue();
            assertThat(serviceOn(queryPort)).contains(queries);

            new ProcessBuilder("kill", "-STOP", Long.toString(queries.pid())).start().waitFor();
            awaitConsole(console, "query-service is running again");
            assertThat(Files.readString(console)).contains("query-service has answered nothing for");
            assertThat(serviceOn(queryPort).orElseThrow().pid()).isNotEqualTo(queries.pid());

            Api.Answer opened = api.post("officer", commandPort, "/api/assessments", """
                    {"childName":"Run Madeup","dateOfBirth":"2014-03-03","requestReceivedOn":"2025-02-03","requestSource":"PARENT"}""");
            assertThat(opened.status()).isEqualTo(201);
            api.await("officer", queryPort, "/api/assessments/" + opened.json().get("assessmentId").asText(),
                    answer -> answer.status() == 200);
        } finally {
            runSh.destroy();
            assertThat(runSh.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        String said = Files.readString(console);
        assertThat(said).contains("Stopped. Data kept in").doesNotContain("run.sh: line", "syntax error", "command not found");
        Path log = folder.resolve("data").resolve("logs").resolve("query-service.log");
        for (String line : Files.readAllLines(log).subList(0, 5)) {
            assertThat(new ObjectMapper().readTree(line).has("@timestamp")).as("one JSON object per line: " + line).isTrue();
        }
        try (Stream<Path> written = Files.walk(folder.resolve("data"))) {
            for (Path path : written.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                assertThat(mode.substring(3)).as(path + " is " + mode).isEqualTo("------");
            }
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
