package uk.ehcworkflow.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** One service jar running as its own process, as run.sh starts it, with a 512 MB heap. */
public final class ServiceProcess {

    private final String name;
    private final Path jar;
    private final Path dataDir;
    private final List<String> extraArguments;
    private final int port;
    private Process process;
    private Path log;

    public ServiceProcess(String name, Path dataDir) {
        this(name, dataDir, List.of());
    }

    /** With extra Spring arguments, e.g. {@code --axon.eventhandling.processors.timeliness.batch-size=1}. */
    public ServiceProcess(String name, Path dataDir, List<String> extraArguments) {
        this.name = name;
        this.jar = jar(name);
        this.dataDir = dataDir;
        this.extraArguments = List.copyOf(extraArguments);
        this.port = freePort();
    }

    /** The built jar: named by a system property, or found from the project root or a module folder. */
    private static Path jar(String name) {
        String given = System.getProperty("ehc." + name + ".jar");
        if (given != null) {
            return Path.of(given);
        }
        Path fromRoot = Path.of(name, "target", name + "-0.1.0-SNAPSHOT.jar");
        return Files.exists(fromRoot) ? fromRoot : Path.of("..").resolve(fromRoot);
    }

    public int port() {
        return port;
    }

    public void start() throws IOException, InterruptedException {
        log = dataDir.resolve(name + "-" + System.nanoTime() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--ehc.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(extraArguments);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains("is ready at")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; its log ends:\n" + logTail());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not start in time; its log ends:\n" + logTail());
    }

    /** Stops the service as Ctrl-C would, letting it close its stores cleanly. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Kills the process at once, as {@code kill -9} would: nothing in it gets to close or flush anything. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The JVM's dump of every thread (asked for with SIGQUIT, which the JVM answers on its output), to see what hangs. */
    public String threadDump() throws IOException, InterruptedException {
        if (!isRunning()) {
            return "";
        }
        new ProcessBuilder("kill", "-3", String.valueOf(process.pid())).start().waitFor();
        Thread.sleep(1_000);
        String output = log();
        int dump = output.lastIndexOf("Full thread dump");
        return dump < 0 ? "" : output.substring(dump);
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String log() throws IOException {
        return log == null ? "" : Files.readString(log);
    }

    /**
     * The last lines of the log, where a failed start says why: a whole log is long enough for a
     * build's output to cut its end off.
     */
    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /**
     * A free port below the kernel's ephemeral range. A port the kernel handed out for {@code bind(0)}
     * is free only until the kernel hands it out again, to this service's own read store or to any
     * outgoing connection on the machine, and a service that finds its port taken stops while
     * starting. Ports below the range are never handed out that way.
     */
    public static int freePort() {
        int belowEphemeral = firstEphemeralPort();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(20_000, belowEphemeral);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("0.0.0.0", candidate));
                return candidate;
            } catch (IOException taken) {
                // someone holds it: try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and " + belowEphemeral);
    }

    private static int firstEphemeralPort() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            return Math.max(20_100, Integer.parseInt(range.split("\\s+")[0]));
        } catch (IOException | RuntimeException notLinux) {
            return 32_768;
        }
    }
}
