package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * erased, by the register beside the backups, found without being named. On the way: every file
 * the services wrote is their user's alone, the backup is encrypted (and GnuPG opens it), and a
 * damaged backup, a full disk or the wrong user leave the target as it was.
 */
class BackupRestoreIT {

    private final Api api = new Api();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_backup_taken_while_writing_restores_exactly_what_it_held_and_erasures_made_since_stay_made(
            @TempDir Path folder) throws Exception {
        Path live = folder.resolve("live");
        Path backups = folder.resolve("backups");
        Path restored = folder.resolve("restored");
        JsonNode backup;
        String erasedLater;
        String keptNamed;
        String figuresAtTheBackup;
        long eventsInTheBackup;
        try (ServicePair services = ServicePair.start(live, "--ehc.backup-dir=" + backups)) {
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
        assertThat(file).hasParent(backups);
        assertThat(file.getFileName().toString()).endsWith(".zip.gpg");
        assertThat(Files.readString(Path.of(file + ".sha256"))).startsWith(backup.get("sha256").asText());
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("Backup Madeup");
        assertOwnerOnly(live);
        assertOwnerOnly(backups);
        if (InstalledTool.available("gpg", "gnupg", "The check that GnuPG opens a backup")) {
            assertThat(gpgLists(file)).contains("backup.json", "event-store.mv.db", "erasures.log");
        }

        Path damaged = Files.createDirectories(folder.resolve("damaged")).resolve(file.getFileName());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(damaged, bytes);
        Path never = folder.resolve("never");
        Said refused = restore(damaged, never);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.lines()).filteredOn(line -> line.startsWith("Not restored")).singleElement(as(STRING))
                .contains("is damaged", "The target folder is as it was");
        assertThat(refused.output()).doesNotContain("Exception", "\tat ");
        assertThat(never).doesNotExist();

        Path smallDisk = Files.createDirectories(folder.resolve("small-disk"));
        Said full = restoreOnAFullDisk(file, smallDisk);
        assertThat(full.status()).as(full.output()).isEqualTo(2);
        assertThat(full.output()).contains("Not restored: the restore could not write its work").doesNotContain("\tat ");
        try (Stream<Path> left = Files.list(smallDisk)) {
            assertThat(left).as("nothing left on the full disk").isEmpty();
        }

        Said asAnotherUser = restore(file, restored, "EHC_USER", "nobody");
        assertThat(asAnotherUser.status()).isEqualTo(2);
        assertThat(asAnotherUser.output()).contains("Run this as the service user: sudo -u nobody");

        Said restoring = restore(file, restored);
        assertThat(restoring.status()).as(restoring.output()).isZero();
        assertThat(restoring.output()).contains("Checksum matches", "Hash chain intact: " + eventsInTheBackup + " events",
                eventsInTheBackup + " events", "the last #" + backup.at("/lastEvent/globalIndex").asLong(),
                "now destroyed: 1");
        assertThat(restore(file, restored).status()).as("a second restore over the first").isEqualTo(2);
        assertOwnerOnly(restored);

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

    private record Said(int status, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    /** The documented command, as an operator runs it, with the passphrase in the environment as ehc.env sets it. */
    private static Said restore(Path backup, Path dataDir, String... environment) throws Exception {
        return run(List.of("bash", script("restore.sh"), backup.toString(), "--data-dir", dataDir.toString()), environment);
    }

    /**
     * The same onto a disk with too little room: a small tmpfs where mounting is allowed (root), else
     * a file-size limit (ulimit -f), which fails the restore's writes in the same place.
     */
    private static Said restoreOnAFullDisk(Path backup, Path disk) throws Exception {
        long kilobytes = Math.max(64, Files.size(backup) / 1024 + 16);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        try {
            String limit = mounted ? "" : "ulimit -f " + kilobytes + "; ";
            return run(List.of("bash", "-c", limit + "exec bash " + script("restore.sh") + " " + backup + " --data-dir "
                    + disk.resolve("restored")));
        } finally {
            if (mounted) {
                new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Said run(List<String> command, String... environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("EHC_BACKUP_PASSPHRASE_FILE", ServiceProcess.backupPassphrase().toString());
        for (int i = 0; i + 1 < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Said(process.exitValue(), output);
    }

    private static String script(String name) {
        Path script = Path.of("ops", name);
        return (Files.exists(script) ? script : Path.of("..", "ops", name)).toString();
    }

    /** What GnuPG, with only the passphrase, finds in the backup: the names in its zip. */
    private static String gpgLists(Path backup) throws Exception {
        Path home = Files.createTempDirectory("gnupg");
        Path zip = home.resolve("backup.zip");
        Process gpg = new ProcessBuilder("gpg", "--homedir", home.toString(), "--batch", "--quiet", "--pinentry-mode",
                "loopback", "--passphrase-file", ServiceProcess.backupPassphrase().toString(), "--output", zip.toString(),
                "--decrypt", backup.toString()).redirectErrorStream(true).start();
        String said = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gpg.waitFor()).as(said).isZero();
        try (var entries = new java.util.zip.ZipFile(zip.toFile())) {
            return entries.stream().map(java.util.zip.ZipEntry::getName).toList().toString();
        }
    }

    /** Every folder and file under it is its owner's alone (the services' umask and folder modes). */
    private static void assertOwnerOnly(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                assertThat(mode.substring(3)).as(path + " is " + mode).isEqualTo("------");
            }
        }
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
