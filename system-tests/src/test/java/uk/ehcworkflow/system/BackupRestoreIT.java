package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.EventStoreDatabase;
import uk.ehcworkflow.support.ServicePair;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * A backup taken while cases are being logged, restored elsewhere with the documented command: the
 * restored store holds every event up to the backup's last and none after it, its figures are the
 * ones known at that point, its hash chain verifies, and a child erased after the backup stays
 * erased.
 */
class BackupRestoreIT {

    private final Api api = new Api();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_backup_taken_while_writing_restores_exactly_what_it_held_and_erasures_made_since_stay_made(
            @TempDir Path live, @TempDir Path restored) throws Exception {
        JsonNode backup;
        String erasedLater;
        String keptNamed;
        String figuresAtTheBackup;
        long eventsInTheBackup;
        try (ServicePair services = ServicePair.start(live)) {
            ServiceProcess commands = services.commands();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger logged = new AtomicInteger();
            List<String> cases = new ArrayList<>();
            Thread writer = new Thread(() -> {
                while (writing.get()) {
                    String id = open(commands, logged.incrementAndGet());
                    synchronized (cases) {
                        cases.add(id);
                    }
                    assertThat(api.post("officer", commands.port(), "/api/assessments/" + id + "/milestones",
                            "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2025-03-03\"}").status()).isEqualTo(204);
                }
            });
            writer.start();
            awaitCases(logged, 20);

            Api.Answer taken = api.post("admin", commands.port(), "/api/admin/backups", "");
            assertThat(taken.status()).as(taken.body()).isEqualTo(201);
            backup = taken.json();
            int atTheBackup = logged.get();
            awaitCases(logged, atTheBackup + 20);
            writing.set(false);
            writer.join(TimeUnit.SECONDS.toMillis(30));

            synchronized (cases) {
                erasedLater = cases.get(0);
                keptNamed = cases.get(1);
            }
            assertThat(api.post("admin", commands.port(), "/api/assessments/" + erasedLater + "/erasure",
                    "{\"reason\":\"Erasure request after the backup\"}").status()).isEqualTo(204);
            assertThat(api.post("officer", commands.port(), "/api/admin/backups", "").status()).isEqualTo(403);

            long last = backup.at("/lastEvent/globalIndex").asLong();
            try (Connection store = EventStoreDatabase.connect(live)) {
                eventsInTheBackup = count(store, "SELECT COUNT(*) FROM DomainEventEntry WHERE globalIndex <= " + last);
                assertThat(count(store, "SELECT COUNT(*) FROM DomainEventEntry WHERE globalIndex > " + last))
                        .as("events written after the backup").isPositive();
            }
            String knownAt = backup.at("/lastEvent/recordedAt").asText();
            figuresAtTheBackup = api.await("dashboard", services.queries().port(), "/api/timeliness?year=2025&asOf=" + knownAt,
                    answer -> answer.status() == 200).body();
        }
        try (Stream<Path> logs = Files.list(live.resolve("logs"))) {
            for (Path log : logs.toList()) {
                assertThat(Files.readString(log)).as("a service's own log, " + log.getFileName())
                        .doesNotContain("Backup Madeup", "2014-03-03");
            }
        }
        assertThat(backup.get("sizeBytes").asLong()).isPositive();
        assertThat(backup.get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(backup.get("events").asLong()).isEqualTo(eventsInTheBackup);
        Path file = Path.of(backup.get("file").asText());
        assertThat(Files.readString(Path.of(file + ".sha256"))).startsWith(backup.get("sha256").asText());

        Path damaged = Files.createTempDirectory("damaged").resolve(file.getFileName());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(damaged, bytes);
        Files.copy(Path.of(file + ".sha256"), Path.of(damaged + ".sha256"));
        Process refused = restore(damaged, Files.createTempDirectory("never"));
        assertThat(refused.exitValue()).isEqualTo(2);
        assertThat(output(refused)).contains("does not match its checksum");

        Process restoring = restore(file, restored);
        String said = output(restoring);
        assertThat(restoring.exitValue()).as(said).isZero();
        assertThat(said).contains("Checksum matches", eventsInTheBackup + " events",
                "the last #" + backup.at("/lastEvent/globalIndex").asLong(), "now destroyed: 1");
        assertThat(restore(file, restored).exitValue()).as("a second restore over the first").isEqualTo(2);

        try (ServicePair services = ServicePair.start(restored)) {
            int queries = services.queries().port();
            try (Connection store = EventStoreDatabase.connect(restored)) {
                assertThat(count(store, "SELECT COUNT(*) FROM DomainEventEntry")).isEqualTo(eventsInTheBackup);
                assertThat(count(store, "SELECT MAX(globalIndex) FROM DomainEventEntry"))
                        .isEqualTo(backup.at("/lastEvent/globalIndex").asLong());
            }
            String figures = api.await("dashboard", queries, "/api/timeliness?year=2025",
                    answer -> answer.status() == 200 && answer.body().equals(figuresAtTheBackup)).body();
            assertThat(figures).isEqualTo(figuresAtTheBackup);

            JsonNode erased = api.await("officer", queries, "/api/assessments/" + erasedLater,
                    answer -> answer.status() == 200).json();
            assertThat(erased.at("/child/visibility").asText()).isEqualTo("ERASED");
            assertThat(api.get("officer", queries, "/api/assessments/" + keptNamed).json().at("/child/name").asText())
                    .isEqualTo("Backup Madeup 2");

            JsonNode verified = awaitVerification(restored.resolve("restored-from.json"));
            assertThat(verified.at("/verification/intact").asBoolean()).isTrue();
            assertThat(verified.at("/verification/eventsChecked").asLong()).isEqualTo(eventsInTheBackup);
            assertThat(services.queries().log()).contains("The restored store's hash chain is intact");
        }
    }

    private String open(ServiceProcess commands, int n) {
        Api.Answer opened = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Backup Madeup %d","dateOfBirth":"2014-03-03","requestReceivedOn":"2025-02-03","requestSource":"PARENT"}"""
                .formatted(n));
        assertThat(opened.status()).isEqualTo(201);
        return opened.json().get("assessmentId").asText();
    }

    private static void awaitCases(AtomicInteger logged, int atLeast) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (logged.get() < atLeast && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(logged.get()).isGreaterThanOrEqualTo(atLeast);
    }

    /** The documented command, as an operator runs it. */
    private static Process restore(Path backup, Path dataDir) throws Exception {
        Path script = Files.exists(Path.of("ops", "restore.sh")) ? Path.of("ops", "restore.sh") : Path.of("..", "ops", "restore.sh");
        Process process = new ProcessBuilder("bash", script.toString(), backup.toString(), "--data-dir", dataDir.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return process;
    }

    private static String output(Process process) throws Exception {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private JsonNode awaitVerification(Path marker) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonNode note = json.readTree(marker.toFile());
            if (note.has("verification")) {
                return note;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The restored store was not verified in time");
    }

    private static long count(Connection store, String sql) throws Exception {
        try (ResultSet result = store.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
