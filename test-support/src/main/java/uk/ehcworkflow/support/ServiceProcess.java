package uk.ehcworkflow.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** One service jar running as its own process, as run.sh starts it, with a 512 MB heap ({@link JvmLaunch}). */
public final class ServiceProcess {

    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final String name;
    private final Path jar;
    private final Path dataDir;
    private final List<String> extraArguments;
    private int port;
    private boolean startedBefore;
    private final Map<String, String> environment = new HashMap<>();
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
        this.extraArguments = name.equals("command-service") ? withBackupSettings(dataDir, extraArguments)
                : List.copyOf(extraArguments);
        this.port = freePort();
    }

    /** The passphrase every test's backups are encrypted with: made up, the owner's alone, outside any data folder. */
    public static Path backupPassphrase() {
        Path file = Path.of("target", "backup-passphrase").toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------"))), "made-up passphrase for the system tests\n");
            }
        } catch (FileAlreadyExistsException madeMeanwhile) {
            // another test made it
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the tests' backup passphrase", e);
        }
        return file;
    }

    /**
     * As an operator configures it: a passphrase, and a backup folder outside the data folder (under
     * target/, one per data folder) unless the test names its own.
     */
    private static List<String> withBackupSettings(Path dataDir, List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        if (all.stream().noneMatch(argument -> argument.startsWith("--ehc.backup.passphrase-file="))) {
            all.add("--ehc.backup.passphrase-file=" + backupPassphrase());
        }
        if (all.stream().noneMatch(argument -> argument.startsWith("--ehc.backup-dir="))) {
            all.add("--ehc.backup-dir=" + Path.of("target", "backups", Integer.toHexString(
                    dataDir.toAbsolutePath().normalize().hashCode())).toAbsolutePath());
        }
        return List.copyOf(all);
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

    /** Environment variables the service starts with, beside this JVM's (as systemd sets NOTIFY_SOCKET). */
    public ServiceProcess withEnvironment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    /** The operating system's process, while it runs. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public void start() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                startOnce();
                startedBefore = true;
                return;
            } catch (PortTaken taken) {
                // Another process took the port between its probe and the service's bind. A first start
                // may move to another port; a restart keeps its port, which its clients already know.
                if (startedBefore || attempt == 3) {
                    throw new IllegalStateException(taken.getMessage());
                }
                port = freePort();
            }
        }
    }

    /** The service found its port taken while starting. */
    private static final class PortTaken extends IOException {
        PortTaken(String message) {
            super(message);
        }
    }

    private void startOnce() throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        log = dataDir.resolve(name + "-" + System.nanoTime() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JvmLaunch.of(jar));
        command.addAll(List.of("--server.port=" + port, "--ehc.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(extraArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains("is ready at")) {
                return;
            }
            if (!process.isAlive()) {
                String said = name + " stopped while starting; its log ends:\n" + logTail();
                if (Files.readString(log).contains("Port " + port + " was already in use")) {
                    throw new PortTaken(said);
                }
                throw new IllegalStateException(said);
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
     * The log's first error and its last lines, where a failed start says why: a whole log is long
     * enough for a build's output to cut the cause off.
     */
    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        int failed = -1;
        for (int i = 0; i < lines.size() && failed < 0; i++) {
            if (lines.get(i).contains(" ERROR ") || lines.get(i).contains("APPLICATION FAILED TO START")) {
                failed = i;
            }
        }
        List<String> shown = new ArrayList<>();
        if (failed >= 0) {
            shown.add("[the first error]");
            shown.addAll(lines.subList(failed, Math.min(lines.size(), failed + 40)));
            shown.add("[the end]");
        }
        shown.addAll(lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        return String.join("\n", shown);
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
            if (!HANDED_OUT.add(candidate)) {
                continue; // given to another service of this run, which may not have bound it yet
            }
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
