package uk.ehcworkflow.command.backup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.privacy.ErasureRegister;
import uk.ehcworkflow.platform.files.OwnerOnlyFiles;
import uk.ehcworkflow.platform.problem.ConflictException;

/**
 * Online backups of the embedded default: everything that cannot be rebuilt (the event store, the
 * command side's own tables and the personal-data keys, all in one database) and the erasure
 * register, in one encrypted file named to the millisecond, in a folder outside the data folder.
 * H2 copies the database with its transaction log while commands go on, so the copy is consistent
 * and nothing waits on it. What the copy holds (its last event) is read from the copy itself.
 * After each backup, those the retention rule no longer keeps are deleted.
 */
@Component
@Profile("!production")
class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** This version's names, and format 1's (to the second, unencrypted), which retention and restore still know. */
    private static final Pattern NAME = Pattern.compile(
            "ehc-backup-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2})(\\.\\d{3})?Z\\.zip(\\.gpg)?");

    private static final String HOW_TO_SET = "Backups are encrypted: set ehc.backup.passphrase-file "
            + "(EHC_BACKUP_PASSPHRASE_FILE) to a file outside the data folder, mode 600, of at least "
            + Passphrase.SHORTEST + " characters.";

    private final JdbcTemplate store;
    private final ErasureRegister register;
    private final BackupSettings settings;
    private final Clock clock;
    private final Counter failures;
    private volatile Instant lastSuccess;

    Backups(JdbcTemplate store, ErasureRegister register, BackupSettings settings, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.register = register;
        this.settings = settings;
        this.clock = clock;
        this.lastSuccess = newestOnDisk().orElse(null);
        Gauge.builder("ehc.backup.last.success.timestamp", this,
                        backups -> backups.lastSuccess == null ? 0 : backups.lastSuccess.toEpochMilli() / 1000.0)
                .baseUnit("seconds")
                .description("When the newest backup in the backup folder was taken (0: none yet)")
                .register(meters);
        this.failures = Counter.builder("ehc.backup.failures").description("Backups that were asked for and not taken")
                .register(meters);
    }

    /** One backup listed: what its name and the files beside it say, without opening it. */
    record Listed(String file, long sizeBytes, String sha256, Instant takenAt, boolean encrypted) {
    }

    /** Takes a backup; one at a time, since each is a full copy. */
    synchronized Backup take() {
        try {
            Backup taken = takeNow();
            lastSuccess = taken.takenAt();
            prune();
            // The umask makes them so already; this holds however the JVM was started.
            OwnerOnlyFiles.restrictFolder(settings.directory());
            return taken;
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        }
    }

    private Backup takeNow() {
        char[] passphrase = passphrase();
        Path directory = settings.directory();
        Path work = null;
        try {
            OwnerOnlyFiles.restrictFolder(directory);
            if (settings.sharesDiskWithData()) {
                log.warn("Backups are on the same disk as the data folder: a failed disk loses both. Set ehc.backup-dir "
                        + "(EHC_BACKUP_DIR) to another disk or a mounted share");
            }
            work = Files.createTempDirectory(directory, ".backup-");
            Path copied = work.resolve("h2.zip");
            store.execute("BACKUP TO '" + copied.toString().replace("'", "''") + "'");
            Path database = work.resolve(BackupFile.DATABASE);
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(copied))) {
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().equals(BackupFile.DATABASE)) {
                        BackupFile.copy(in, database);
                    }
                }
            }
            if (!Files.exists(database)) {
                throw new IllegalStateException("The database's copy holds no " + BackupFile.DATABASE);
            }
            Path erasures = work.resolve(BackupFile.ERASURES);
            if (Files.exists(register.file())) {
                Files.copy(register.file(), erasures);
            }
            Backup.LastEvent last;
            long events;
            try (Connection copy = BackupFile.openReadOnly(work)) {
                last = BackupFile.lastEvent(copy);
                events = BackupFile.events(copy);
            }
            long erasureCount = ErasureRegister.keyIds(List.of(erasures)).size();
            Instant takenAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Path backup = directory.resolve(name(takenAt));
            while (Files.exists(backup)) {
                takenAt = takenAt.plusMillis(1);
                backup = directory.resolve(name(takenAt));
            }
            Path zip = work.resolve("backup.zip");
            BackupFile.write(zip, new BackupFile.Manifest(BackupFile.FORMAT, takenAt, events, last, erasureCount,
                    BackupFile.checksums(database, erasures)), database, erasures);
            Path sealed = work.resolve("backup.zip.gpg");
            BackupCipher.encrypt(zip, sealed, passphrase);
            BackupFile.force(sealed);
            Files.move(sealed, backup, StandardCopyOption.ATOMIC_MOVE);
            String sha256 = BackupFile.sha256(backup);
            Files.writeString(BackupFile.checksumFile(backup), sha256 + "  " + backup.getFileName() + "\n",
                    StandardCharsets.UTF_8);
            Backup taken = new Backup(backup.toString(), Files.size(backup), sha256, takenAt, events, last, erasureCount);
            log.info("Backup taken: {} ({} bytes, {} events, the last #{}), sha256 {}", backup, taken.sizeBytes(), events,
                    last == null ? 0 : last.globalIndex(), sha256);
            return taken;
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written to " + directory + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup's copy of the store cannot be read", e);
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
            BackupFile.deleteTree(work);
        }
    }

    /** The passphrase, or a refusal that says what the operator must set. */
    private char[] passphrase() {
        try {
            return Passphrase.read(settings.passphraseFile(), settings.dataDir());
        } catch (Passphrase.Unusable e) {
            throw new ConflictException("backup-passphrase", "No backup was taken: " + e.getMessage() + ". " + HOW_TO_SET);
        }
    }

    /** Whether a backup could be taken now, and if not why: for health. */
    Optional<String> cannotBackUp() {
        try {
            java.util.Arrays.fill(Passphrase.read(settings.passphraseFile(), settings.dataDir()), '\0');
            return Optional.empty();
        } catch (Passphrase.Unusable e) {
            return Optional.of(e.getMessage() + ". " + HOW_TO_SET);
        }
    }

    Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    /** The backups in the folder, newest first. */
    List<Listed> list() {
        List<Listed> found = new ArrayList<>();
        for (Path file : backupFiles()) {
            try {
                found.add(new Listed(file.toString(), Files.size(file), BackupFile.statedChecksum(file),
                        takenAt(file).orElseThrow(), file.getFileName().toString().endsWith(".gpg")));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the backups in " + settings.directory(), e);
            }
        }
        return found;
    }

    /** Deletes the backups the retention rule no longer keeps, with their checksums. */
    private void prune() {
        List<Path> files = backupFiles();
        Set<Instant> kept = settings.retention().keep(files.stream().map(file -> takenAt(file).orElseThrow()).toList(),
                clock.getZone());
        for (Path file : files) {
            if (!kept.contains(takenAt(file).orElseThrow())) {
                try {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(BackupFile.checksumFile(file));
                    log.info("Backup {} deleted: the retention rule ({} daily, {} weekly, {} monthly) no longer keeps it",
                            file.getFileName(), settings.retention().daily(), settings.retention().weekly(),
                            settings.retention().monthly());
                } catch (IOException e) {
                    log.warn("Backup {} could not be deleted by the retention rule: {}", file, e.getMessage());
                }
            }
        }
    }

    private Optional<Instant> newestOnDisk() {
        return backupFiles().stream().findFirst().flatMap(Backups::takenAt);
    }

    /** This service's backups in the folder (by name), newest first. */
    private List<Path> backupFiles() {
        if (!Files.isDirectory(settings.directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(settings.directory())) {
            return files.filter(file -> takenAt(file).isPresent())
                    .sorted(Comparator.comparing((Path file) -> takenAt(file).orElseThrow()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + settings.directory(), e);
        }
    }

    static String name(Instant takenAt) {
        return "ehc-backup-" + STAMP.format(takenAt) + ".zip.gpg";
    }

    /** When a backup was taken, from its name; empty for any other file. */
    static Optional<Instant> takenAt(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        Instant second = LocalDateTime.parse(name.group(1), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss"))
                .toInstant(ZoneOffset.UTC);
        return Optional.of(name.group(2) == null ? second : second.plusMillis(Integer.parseInt(name.group(2).substring(1))));
    }
}
