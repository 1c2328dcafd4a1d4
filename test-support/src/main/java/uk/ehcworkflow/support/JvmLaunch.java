package uk.ehcworkflow.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What comes after {@code java} when a service starts: its heap, the JVM options named by the
 * system property {@code ehc.service.jvm-options}, and its jar.
 *
 * <p>When the system property {@code ehc.service.class-data-dir} names a folder (the system tests
 * do), the jar is first unpacked there as Spring Boot unpacks it for production
 * ({@code -Djarmode=tools extract}) and started once to record the classes it loads into a
 * class-data archive, which every later start maps instead of loading and verifying each class
 * again: a start then takes about 4 s instead of 10. The system tests start services some fifty
 * times on two shared cores. The archive is made again whenever the jar changes; if it cannot
 * be made, the service starts from its jar as built, and says so once. The benchmark names no
 * folder, so it measures the jar as run.sh starts it.
 */
final class JvmLaunch {

    private static final Map<Path, List<String>> PREPARED = new ConcurrentHashMap<>();

    private JvmLaunch() {
    }

    /** Everything after {@code java} and before the service's own arguments. */
    static List<String> of(Path jar) {
        List<String> launch = new ArrayList<>(options());
        String folder = System.getProperty("ehc.service.class-data-dir", "").trim();
        launch.addAll(folder.isEmpty() ? List.of("-jar", jar.toAbsolutePath().toString())
                : PREPARED.computeIfAbsent(jar.toAbsolutePath().normalize(), built -> prepared(built, Path.of(folder))));
        return launch;
    }

    private static List<String> options() {
        List<String> options = new ArrayList<>(List.of("-Xmx512m"));
        String given = System.getProperty("ehc.service.jvm-options", "").trim();
        if (!given.isEmpty()) {
            options.addAll(List.of(given.split("\\s+")));
        }
        return options;
    }

    /** The unpacked jar with its archive, made unless made already for this very jar. */
    private static List<String> prepared(Path jar, Path folder) {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path home = folder.toAbsolutePath().resolve(name);
        Path unpacked = home.resolve("app").resolve(jar.getFileName());
        Path archive = home.resolve(name + ".jsa");
        Path stamp = home.resolve("made-from");
        // The system tests run in two processes at once, which may both find the archive missing.
        try (FileChannel lock = FileChannel.open(Files.createDirectories(folder.toAbsolutePath()).resolve(name + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = lock.lock()) {
            String madeFrom = jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + " " + options();
            if (!(Files.exists(archive) && Files.exists(stamp) && Files.readString(stamp).equals(madeFrom))) {
                make(jar, home, unpacked, archive);
                Files.writeString(stamp, madeFrom);
            }
            return List.of("-XX:SharedArchiveFile=" + archive, "-jar", unpacked.toString());
        } catch (IOException | RuntimeException e) {
            System.out.println("Starting " + name + " from its jar as built: its class-data archive could not be made ("
                    + e.getMessage() + ")");
            return List.of("-jar", jar.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing " + name, e);
        }
    }

    private static void make(Path jar, Path home, Path unpacked, Path archive) throws IOException, InterruptedException {
        delete(home);
        Files.createDirectories(home);
        Path log = home.resolve("preparing.log");
        run(log, List.of("-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", unpacked.getParent().toString()));
        // A start that stops once its beans are made: the classes loaded on the way are those every start needs.
        Path dataDir = Files.createTempDirectory(home, "data");
        List<String> training = new ArrayList<>(options());
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
                "-jar", unpacked.toString(), "--server.port=0", "--ehc.data-dir=" + dataDir));
        run(log, training);
        delete(dataDir);
        if (!Files.exists(archive)) {
            throw new IOException("no archive was written; see " + log);
        }
    }

    private static void run(Path log, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IOException("took more than 3 minutes; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IOException("exited with " + process.exitValue() + "; see " + log);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
