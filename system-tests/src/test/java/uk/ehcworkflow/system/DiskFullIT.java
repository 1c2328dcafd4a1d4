package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.EventStoreDatabase;
import uk.ehcworkflow.support.ServicePair;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * A disk that fills up under the services, simulated with a small tmpfs folder mounted for the
 * test (or, where mounting is not allowed, the reserve set just under the real disk's free space
 * and a file written past it): commands get 503 problem+json naming why, nothing is half-written,
 * reads go on, health says why, and once room returns everything resumes by itself.
 */
class DiskFullIT {

    private static final int TMPFS_MB = 64;
    private final Api api = new Api();

    @Test
    void with_no_room_commands_get_503_reads_go_on_and_everything_resumes_when_room_returns(@TempDir Path folder)
            throws Exception {
        Path dataDir = folder.resolve("disk");
        Files.createDirectories(dataDir);
        boolean tmpfs = mount(dataDir);
        try {
            long reserveMb = tmpfs ? 16 : usableMb(dataDir) - 300;
            assumeTrue(reserveMb > 100 || tmpfs, "at least 400 MB free to fill past a reserve");
            try (ServicePair services = ServicePair.start(dataDir.resolve("data"), "--ehc.disk.reserve=" + reserveMb + "MB")) {
                ServiceProcess commands = services.commands();
                int queries = services.queries().port();
                String before = open(commands, 201);
                api.await("officer", queries, "/api/assessments/" + before, answer -> answer.status() == 200);
                long eventsBefore = events(dataDir.resolve("data"));

                Path filler = dataDir.resolve("filler");
                fill(filler, usableMb(dataDir) - reserveMb + 8);
                JsonNode health = api.await("admin", commands.port(), "/actuator/health",
                        answer -> answer.status() == 503).json();
                assertThat(health.at("/components/dataDisk/details/reason").asText()).contains("the disk is full");

                Api.Answer refused = api.post("officer", commands.port(), "/api/assessments", body());
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.json().get("rule").asText()).isEqualTo("store-unwritable");
                assertThat(refused.json().get("detail").asText()).contains("nothing was recorded");
                assertThat(api.post("officer", commands.port(), "/api/assessments/" + before + "/milestones",
                        "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2025-03-03\"}").status()).isEqualTo(503);
                assertThat(events(dataDir.resolve("data"))).as("nothing stored while the disk had no room")
                        .isEqualTo(eventsBefore);
                assertThat(api.get("officer", queries, "/api/assessments/" + before).status()).isEqualTo(200);
                assertThat(api.get("dashboard", queries, "/api/timeliness?year=2025").status()).isEqualTo(200);
                assertThat(api.get("officer", commands.port(), "/api/assessments/" + before + "/next-steps").status())
                        .isEqualTo(200);

                Files.delete(filler);
                api.await("admin", commands.port(), "/actuator/health", answer -> answer.status() == 200);
                String after = open(commands, 201);
                api.await("officer", queries, "/api/assessments/" + after, answer -> answer.status() == 200);
                api.await("dashboard", queries, "/api/timeliness?year=2025",
                        answer -> answer.json().get("requestsReceived").asLong() == 2);
            }
        } finally {
            unmount(dataDir, tmpfs);
        }
    }

    /**
     * With no reserve the store itself meets the full disk: the write is rolled back (the event
     * store holds no part of it), commands get 503, and the store is reopened once room returns.
     */
    @Test
    void a_write_that_meets_a_full_disk_is_rolled_back_and_the_store_reopens_when_room_returns(@TempDir Path folder)
            throws Exception {
        Path dataDir = folder.resolve("disk");
        Files.createDirectories(dataDir);
        boolean tmpfs = mount(dataDir);
        assumeTrue(tmpfs, "a small tmpfs folder can be mounted (root)");
        ServiceProcess commands = new ServiceProcess("command-service", dataDir.resolve("data"),
                List.of("--ehc.disk.reserve=0B"));
        try {
            commands.start();
            open(commands, 201);
            Path filler = dataDir.resolve("filler");
            fill(filler, usableMb(dataDir) + 1);
            int refused = 0;
            for (int i = 0; i < 200 && refused == 0; i++) {
                int status = api.post("officer", commands.port(), "/api/assessments", body()).status();
                assertThat(status).as("a command on a full disk").isIn(201, 503);
                refused += status == 503 ? 1 : 0;
            }
            assertThat(refused).as("a command refused once the disk was full").isPositive();
            assertThat(commands.log()).contains("The data folder's disk takes no writes");

            Files.delete(filler);
            awaitStatus(commands, 201);
            assertThat(commands.log()).contains("takes writes again");
            // Every command here stores two events in one transaction: an odd count would be half a command.
            assertThat(events(dataDir.resolve("data")) % 2).as("no command half-written").isZero();
        } finally {
            commands.stop();
            unmount(dataDir, tmpfs);
        }
    }

    private String open(ServiceProcess commands, int expected) {
        Api.Answer opened = api.post("officer", commands.port(), "/api/assessments", body());
        assertThat(opened.status()).as(opened.body()).isEqualTo(expected);
        return opened.json().get("assessmentId").asText();
    }

    private void awaitStatus(ServiceProcess commands, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            if (api.post("officer", commands.port(), "/api/assessments", body()).status() == status) {
                return;
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("Commands were not accepted again within a minute of room returning");
    }

    private static String body() {
        return """
                {"childName":"Disk Madeup","dateOfBirth":"2014-03-03","requestReceivedOn":"2025-02-03","requestSource":"PARENT"}""";
    }

    private static long events(Path dataDir) throws Exception {
        try (var store = EventStoreDatabase.connect(dataDir);
             var count = store.createStatement().executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static long usableMb(Path folder) throws IOException {
        FileStore disk = Files.getFileStore(folder);
        return disk.getUsableSpace() / (1024 * 1024);
    }

    /** Writes zeros until the file is that many megabytes or the disk is full. */
    private static void fill(Path filler, long megabytes) throws IOException {
        byte[] chunk = new byte[1024 * 1024];
        try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
            for (long i = 0; i < megabytes; i++) {
                file.write(chunk);
            }
        } catch (IOException full) {
            // the disk is full: what was asked for
        }
    }

    /** A small tmpfs at the folder, with the services' data folder in it; false where mounting is not allowed. */
    private static boolean mount(Path folder) throws Exception {
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + TMPFS_MB + "m", "tmpfs", folder.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Files.createDirectories(folder.resolve("data"));
        return mounted;
    }

    private static void unmount(Path folder, boolean mounted) throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", "-l", folder.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
