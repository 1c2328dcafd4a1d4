package uk.ehcworkflow.command.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uk.ehcworkflow.command.privacy.ErasureRegister;
import uk.ehcworkflow.platform.files.OwnerOnlyFiles;

/**
 * Restores a backup into a data folder with no event store, without starting the services. All
 * the work happens in a folder beside the target: the backup is checked against the checksum
 * beside it (when there is one), decrypted (its integrity check fails for any change), unpacked and
 * checked against the checksums it carries, its store's hash chain is verified, every erasure
 * register is merged (the backup's own, the one beside it, the one in the backup folder, the
 * target's, any named) and every key they name destroyed. Only then is the result moved into the
 * target. Any failure leaves the target as it was, removes the work folder, and says so in one line.
 *
 * <pre>java -jar command-service.jar restore BACKUP [--data-dir DIR] [--passphrase-file FILE] [--erasures FILE]...</pre>
 */
public final class Restore {

    static final String MARKER = "restored-from.json";
    static final String USAGE = "Usage: restore BACKUP [--data-dir DIR] [--passphrase-file FILE] [--erasures FILE]...";

    private final PrintStream out;
    private final Map<String, String> environment;

    Restore(PrintStream out, Map<String, String> environment) {
        this.out = out;
        this.environment = environment;
    }

    /** @return the process's exit status: 0 restored, 2 refused or failed (the target unchanged) */
    public static int run(String... args) {
        return new Restore(System.out, System.getenv()).restore(args);
    }

    /** Why the restore stops; said in one line, the target unchanged. */
    private static final class Stop extends Exception {
        Stop(String why) {
            super(why);
        }
    }

    int restore(String... args) {
        Path work = null;
        try {
            Request request = parse(args);
            Path target = request.dataDir().toAbsolutePath().normalize();
            if (Files.exists(target.resolve(BackupFile.DATABASE))) {
                throw new Stop(target + " already holds an event store. Restore into a folder with none (move the old one "
                        + "aside, and name its erasures.log with --erasures so no erasure is undone)");
            }
            if (BackupCipher.kind(request.backup()) == BackupCipher.Kind.NEITHER) {
                throw new Stop(request.backup() + " is not a backup of this service: it is neither an encrypted backup "
                        + "nor a backup from before encryption");
            }
            String sha256 = checkSideChecksum(request.backup());
            Files.createDirectories(target.getParent());
            work = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".restoring-");
            Path zip = decrypted(request, work);
            BackupFile.Manifest manifest = unpackAndCheck(zip, work);
            if (!zip.equals(request.backup())) {
                Files.delete(zip);
            }
            Files.delete(work.resolve(BackupFile.MANIFEST));
            Map<String, Object> restored = restoreInto(work, request, manifest, target, sha256);
            moveIntoPlace(work, target);
            work = null;
            OwnerOnlyFiles.restrictFolder(target);
            out.println("Restored " + request.backup().getFileName() + " into " + target + ": " + restored.get("events")
                    + " events" + describe((Backup.LastEvent) restored.get("lastEvent")) + ".");
            out.println("Erasures in the registers: " + restored.get("erasuresInRegisters") + "; keys the backup still held, "
                    + "now destroyed: " + restored.get("erasuresReapplied") + ".");
            out.println("Now start the services (./run.sh --no-build, or systemd): the read models rebuild from the "
                    + "restored store.");
            return 0;
        } catch (Stop refused) {
            return refuse(refused.getMessage());
        } catch (BackupFile.CannotWrite disk) {
            return refuse("the restore could not write its work (" + disk.getMessage() + "); free some room and try again");
        } catch (IOException | SQLException | RuntimeException failed) {
            return refuse("the restore failed: " + failed.getClass().getSimpleName() + ": " + failed.getMessage());
        } finally {
            BackupFile.deleteTree(work);
        }
    }

    private record Request(Path backup, Path dataDir, Path passphraseFile, List<Path> registers) {
    }

    private Request parse(String... args) throws Stop {
        Path backup = null;
        Path dataDir = Path.of(environment.getOrDefault("EHC_DATA_DIR", "data"));
        String passphrase = environment.get("EHC_BACKUP_PASSPHRASE_FILE");
        List<Path> registers = new ArrayList<>();
        String backupDir = environment.get("EHC_BACKUP_DIR");
        if (backupDir != null && !backupDir.isBlank()) {
            registers.add(Path.of(backupDir, ErasureRegister.FILE));
        }
        for (int i = 0; i < args.length; i++) {
            boolean valued = i + 1 < args.length;
            if (args[i].equals("--data-dir") && valued) {
                dataDir = Path.of(args[++i]);
            } else if (args[i].equals("--passphrase-file") && valued) {
                passphrase = args[++i];
            } else if (args[i].equals("--erasures") && valued) {
                registers.add(Path.of(args[++i]));
            } else if (backup == null && !args[i].startsWith("--")) {
                backup = Path.of(args[i]);
            } else {
                throw new Stop("unknown argument " + args[i] + ". " + USAGE);
            }
        }
        if (backup == null || !Files.isRegularFile(backup)) {
            throw new Stop("name a backup file to restore (" + backup + " is not one). " + USAGE);
        }
        return new Request(backup.toAbsolutePath(), dataDir,
                passphrase == null || passphrase.isBlank() ? null : Path.of(passphrase), registers);
    }

    /** The backup's SHA-256, compared with the {@code .sha256} beside it when there is one. */
    private String checkSideChecksum(Path backup) throws IOException, Stop {
        String sha256 = BackupFile.sha256(backup);
        String stated = BackupFile.statedChecksum(backup);
        if (stated == null) {
            out.println("No " + BackupFile.checksumFile(backup).getFileName() + " beside the backup: the checks it "
                    + "carries inside are used instead.");
            return sha256;
        }
        if (!stated.equalsIgnoreCase(sha256)) {
            throw new Stop(backup + " does not match its checksum in " + BackupFile.checksumFile(backup)
                    + ": it was damaged or changed");
        }
        out.println("Checksum matches: sha256 " + sha256);
        return sha256;
    }

    /** The backup's zip: decrypted into the work folder, or the backup itself for a format-1 (unencrypted) one. */
    private Path decrypted(Request request, Path work) throws IOException, Stop {
        if (BackupCipher.kind(request.backup()) == BackupCipher.Kind.ZIP) {
            out.println("An unencrypted backup from before backups were encrypted: restored as it is.");
            return request.backup();
        }
        char[] passphrase;
        try {
            passphrase = Passphrase.read(request.passphraseFile(), request.dataDir());
        } catch (Passphrase.Unusable unusable) {
            throw new Stop(unusable.getMessage() + (unusable.getMessage().equals(Passphrase.NONE_GIVEN)
                    ? ": name the file holding the passphrase the backup was taken with, --passphrase-file FILE (or "
                    + "EHC_BACKUP_PASSPHRASE_FILE)" : ""));
        }
        Path zip = work.resolve("backup.zip");
        try {
            BackupCipher.decrypt(request.backup(), zip, passphrase);
        } catch (BackupCipher.WrongPassphrase wrong) {
            throw new Stop("the passphrase in " + request.passphraseFile() + " does not open " + request.backup().getFileName()
                    + ": it is not the one the backup was taken with (or the file's very start is damaged)");
        } catch (BackupCipher.Damaged damaged) {
            throw new Stop(request.backup().getFileName() + " is damaged: " + damaged.getMessage());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        out.println("Decrypted, and its integrity check holds.");
        return zip;
    }

    private BackupFile.Manifest unpackAndCheck(Path zip, Path work) throws IOException, Stop {
        try {
            BackupFile.Manifest manifest = BackupFile.unpack(zip, work);
            if (manifest.sha256() != null && !manifest.sha256().isEmpty()) {
                out.println("Its contents match the checksums it carries.");
            }
            return manifest;
        } catch (BackupCipher.Damaged damaged) {
            throw new Stop(zip.getFileName() + " is damaged: " + damaged.getMessage());
        }
    }

    /** Verifies the chain, applies every register and writes the note, all in the work folder. */
    private Map<String, Object> restoreInto(Path work, Request request, BackupFile.Manifest manifest, Path target,
                                            String sha256)
            throws IOException, SQLException, Stop {
        List<Path> registers = new ArrayList<>(List.of(work.resolve(BackupFile.ERASURES),
                request.backup().resolveSibling(ErasureRegister.FILE), target.resolve(ErasureRegister.FILE)));
        registers.addAll(request.registers());
        Files.write(work.resolve(ErasureRegister.FILE), merged(registers), StandardCharsets.UTF_8);
        Set<String> keyIds = ErasureRegister.keyIds(List.of(work.resolve(ErasureRegister.FILE)));
        Map<String, Object> marker = new LinkedHashMap<>();
        try (Connection store = BackupFile.open(work)) {
            long events = BackupFile.events(store);
            out.println("Verifying the hash chain of " + events + " events...");
            ChainCheck.Outcome chain = ChainCheck.verify(store, checked -> out.println("  " + checked + " of " + events));
            if (!chain.intact()) {
                throw new Stop("the backup's hash chain is broken at event #" + chain.brokenSequence() + " of "
                        + chain.brokenAggregate() + ": " + chain.problem());
            }
            if (chain.events() != events) {
                throw new Stop("only " + chain.events() + " of the backup's " + events + " events could be read in order");
            }
            out.println("Hash chain intact: " + chain.events() + " events in " + chain.aggregates()
                    + (chain.aggregates() == 1 ? " record." : " records."));
            int destroyed = ErasureRegister.destroyKeys(new JdbcTemplate(new SingleConnectionDataSource(store, true)), keyIds);
            marker.put("backup", request.backup().getFileName().toString());
            marker.put("sha256", sha256);
            marker.put("format", Math.max(manifest.format(), 1));
            marker.put("takenAt", manifest.takenAt());
            marker.put("restoredAt", Instant.now());
            marker.put("events", events);
            marker.put("lastEvent", BackupFile.lastEvent(store));
            marker.put("erasuresInRegisters", keyIds.size());
            marker.put("erasuresReapplied", destroyed);
            marker.put("chainVerifiedBeforeRestore", true);
        }
        Files.write(work.resolve(MARKER), BackupFile.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(marker));
        return marker;
    }

    /**
     * Puts the work folder's files in the target: the whole folder renamed when the target does not
     * exist, else file by file with the event store last, since its presence is what makes a folder
     * hold a store; a failure part way puts back what was there.
     */
    private static void moveIntoPlace(Path work, Path target) throws IOException {
        for (Path file : List.of(work.resolve(BackupFile.DATABASE), work.resolve(ErasureRegister.FILE), work.resolve(MARKER))) {
            BackupFile.force(file);
        }
        if (!Files.exists(target)) {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path previous = Files.createDirectory(work.resolve(".previous"));
        List<String> moved = new ArrayList<>();
        try {
            for (String name : List.of(ErasureRegister.FILE, MARKER, BackupFile.DATABASE)) {
                if (Files.exists(target.resolve(name))) {
                    Files.move(target.resolve(name), previous.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(work.resolve(name), target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                moved.add(name);
            }
        } catch (IOException failed) {
            for (String name : moved) {
                Files.deleteIfExists(target.resolve(name));
                if (Files.exists(previous.resolve(name))) {
                    Files.move(previous.resolve(name), target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            throw failed;
        }
        BackupFile.deleteTree(work);
    }

    /** Every register's lines, each once, oldest first. */
    private static List<String> merged(List<Path> registers) throws IOException {
        Set<String> lines = new TreeSet<>();
        for (Path register : registers) {
            if (Files.isRegularFile(register)) {
                Files.readAllLines(register, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(line -> !line.isEmpty()).forEach(lines::add);
            }
        }
        return List.copyOf(lines);
    }

    private static String describe(Backup.LastEvent last) {
        return last == null ? "" : ", the last #" + last.globalIndex() + " (" + last.type() + " of " + last.aggregateId()
                + ", recorded " + last.recordedAt() + ")";
    }

    private int refuse(String why) {
        out.println("Not restored: " + why + ". The target folder is as it was.");
        return 2;
    }
}
