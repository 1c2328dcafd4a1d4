package uk.ehcworkflow.command.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uk.ehcworkflow.command.privacy.ErasureRegister;

/**
 * Restores a backup into a data folder with no event store, without starting the services:
 * checks the file against its checksum, puts the database in place, merges the erasure registers
 * (the backup's own, the one beside it, any named, any already in the folder) and destroys every
 * key they name, so that an erasure made after the backup stays made. It leaves a note
 * ({@value #MARKER}) from which the query service, once started, verifies the whole hash chain.
 *
 * <pre>java -jar command-service.jar restore BACKUP.zip [--data-dir DIR] [--erasures FILE]...</pre>
 */
public final class Restore {

    static final String MARKER = "restored-from.json";

    private final PrintStream out;

    Restore(PrintStream out) {
        this.out = out;
    }

    /** @return the process's exit status: 0 restored, 2 refused (nothing changed) */
    public static int run(String... args) {
        return new Restore(System.out).restore(args);
    }

    int restore(String... args) {
        Path backup = null;
        Path dataDir = Path.of("data");
        List<Path> registers = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                dataDir = Path.of(args[++i]);
            } else if (args[i].equals("--erasures") && i + 1 < args.length) {
                registers.add(Path.of(args[++i]));
            } else if (backup == null && !args[i].startsWith("--")) {
                backup = Path.of(args[i]);
            } else {
                return refuse("Unknown argument " + args[i] + ". Usage: restore BACKUP.zip [--data-dir DIR] [--erasures FILE]...");
            }
        }
        if (backup == null || !Files.isRegularFile(backup)) {
            return refuse("Name a backup file to restore (" + backup + " is not one). Usage: restore BACKUP.zip "
                    + "[--data-dir DIR] [--erasures FILE]...");
        }
        if (Files.exists(dataDir.resolve(BackupFile.DATABASE))) {
            return refuse(dataDir + " already holds an event store. Restore into an empty data folder (move the old one "
                    + "aside, and name its erasures.log with --erasures so no erasure is undone).");
        }
        String sha256 = BackupFile.sha256(backup);
        Path checksum = BackupFile.checksumFile(backup);
        try {
            if (Files.exists(checksum)) {
                String expected = Files.readString(checksum).strip().split("\\s+")[0];
                if (!expected.equalsIgnoreCase(sha256)) {
                    return refuse(backup + " does not match its checksum in " + checksum + ": it was damaged or changed.");
                }
                out.println("Checksum matches: sha256 " + sha256);
            } else {
                out.println("No " + checksum.getFileName() + " beside the backup: its checksum, sha256 " + sha256
                        + ", cannot be compared.");
            }
            Files.createDirectories(dataDir);
            if (!BackupFile.extract(backup, BackupFile.DATABASE, dataDir.resolve(BackupFile.DATABASE))) {
                return refuse(backup + " holds no " + BackupFile.DATABASE + ": it is not a backup of this service.");
            }
            Path fromBackup = Files.createTempFile("erasures", ".log");
            BackupFile.extract(backup, BackupFile.ERASURES, fromBackup);
            List<Path> all = new ArrayList<>(List.of(fromBackup, backup.toAbsolutePath().resolveSibling(ErasureRegister.FILE),
                    dataDir.resolve(ErasureRegister.FILE)));
            all.addAll(registers);
            Set<String> lines = merged(all);
            Files.deleteIfExists(fromBackup);
            Files.write(dataDir.resolve(ErasureRegister.FILE), lines, StandardCharsets.UTF_8);
            Set<String> keyIds = ErasureRegister.keyIds(List.of(dataDir.resolve(ErasureRegister.FILE)));
            try (Connection store = BackupFile.open(dataDir)) {
                int destroyed = ErasureRegister.destroyKeys(new JdbcTemplate(new SingleConnectionDataSource(store, true)),
                        keyIds);
                Backup.LastEvent last = BackupFile.lastEvent(store);
                long events = BackupFile.events(store);
                Map<String, Object> marker = new LinkedHashMap<>();
                marker.put("backup", backup.getFileName().toString());
                marker.put("sha256", sha256);
                marker.put("restoredAt", Instant.now());
                marker.put("events", events);
                marker.put("lastEvent", last);
                marker.put("erasuresReapplied", destroyed);
                Files.write(dataDir.resolve(MARKER), BackupFile.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(marker));
                out.println("Restored " + backup.getFileName() + " into " + dataDir.toAbsolutePath() + ": " + events
                        + " events" + (last == null ? "" : ", the last #" + last.globalIndex() + " (" + last.type() + " of "
                        + last.aggregateId() + ", recorded " + last.recordedAt() + ")") + ".");
                out.println("Erasures in the registers: " + keyIds.size() + "; keys the backup still held, now destroyed: "
                        + destroyed + ".");
                out.println("Now start the services (./run.sh --no-build, or systemd): the read models rebuild from the "
                        + "restored store and the query service verifies the whole hash chain, in its log.");
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("The restore could not be written to " + dataDir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("The restored store cannot be opened", e);
        }
    }

    /** Every register's lines, each once, oldest first. */
    private static Set<String> merged(List<Path> registers) throws IOException {
        Set<String> lines = new TreeSet<>();
        for (Path register : registers) {
            if (Files.isRegularFile(register)) {
                Files.readAllLines(register, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(line -> !line.isEmpty()).forEach(lines::add);
            }
        }
        return lines;
    }

    private int refuse(String why) {
        out.println("Not restored: " + why);
        return 2;
    }
}
