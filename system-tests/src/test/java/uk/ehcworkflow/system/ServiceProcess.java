package uk.ehcworkflow.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One service jar running as its own process, as run.sh starts it. */
final class ServiceProcess {

    private final String name;
    private final Path jar;
    private final Path dataDir;
    private final int port;
    private Process process;
    private Path log;

    ServiceProcess(String name, Path dataDir) {
        this.name = name;
        this.jar = Path.of(System.getProperty("ehc." + name + ".jar", "../" + name + "/target/" + name + "-0.1.0-SNAPSHOT.jar"));
        this.dataDir = dataDir;
        this.port = freePort();
    }

    int port() {
        return port;
    }

    void start() throws IOException, InterruptedException {
        log = dataDir.resolve(name + "-" + System.nanoTime() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--ehc.data-dir=" + dataDir.toAbsolutePath()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains("is ready at")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not start in time:\n" + Files.readString(log));
    }

    /** Stops the service as Ctrl-C would, letting it close its stores cleanly. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    String log() throws IOException {
        return log == null ? "" : Files.readString(log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
