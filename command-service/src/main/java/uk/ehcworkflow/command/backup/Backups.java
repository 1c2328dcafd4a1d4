package uk.ehcworkflow.command.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.privacy.ErasureRegister;

/**
 * Online backups of the embedded default: everything that cannot be rebuilt (the event store, the
 * command side's own tables and the personal-data keys, all in one database) and the erasure
 * register, in one dated zip. H2 copies the database with its transaction log while commands go on,
 * so the copy is consistent and nothing waits on it. What the copy holds (its last event) is read
 * from the copy itself, opened read-only.
 */
@Component
@Profile("!production")
class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final JdbcTemplate store;
    private final ErasureRegister register;
    private final Path directory;
    private final Clock clock;

    Backups(JdbcTemplate store, ErasureRegister register, @Value("${ehc.backup-dir}") Path directory, Clock clock) {
        this.store = store;
        this.register = register;
        this.directory = directory.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** Takes a backup; one at a time, since each is a full copy. */
    synchronized Backup take() {
        Instant takenAt = clock.instant();
        Path backup = directory.resolve("ehc-backup-" + STAMP.format(takenAt) + ".zip");
        Path work = null;
        try {
            Files.createDirectories(directory);
            work = Files.createTempDirectory(directory, ".backup-");
            Path copied = work.resolve("h2.zip");
            store.execute("BACKUP TO '" + copied.toString().replace("'", "''") + "'");
            Path database = work.resolve(BackupFile.DATABASE);
            if (!BackupFile.extract(copied, BackupFile.DATABASE, database)) {
                throw new IllegalStateException("The database's copy holds no " + BackupFile.DATABASE);
            }
            Backup.LastEvent last;
            long events;
            try (Connection copy = BackupFile.openReadOnly(work)) {
                last = BackupFile.lastEvent(copy);
                events = BackupFile.events(copy);
            }
            long erasures = ErasureRegister.keyIds(List.of(register.file())).size();
            Backup described = new Backup(backup.getFileName().toString(), 0, null, takenAt, events, last, erasures);
            Path partial = work.resolve("backup.zip");
            write(partial, database, described);
            Files.move(partial, backup, StandardCopyOption.ATOMIC_MOVE);
            String sha256 = BackupFile.sha256(backup);
            Files.writeString(BackupFile.checksumFile(backup), sha256 + "  " + backup.getFileName() + "\n",
                    StandardCharsets.UTF_8);
            Backup taken = new Backup(backup.toString(), Files.size(backup), sha256, takenAt, events, last, erasures);
            log.info("Backup taken: {} ({} bytes, {} events, the last #{}), sha256 {}", backup, taken.sizeBytes(), events,
                    last == null ? 0 : last.globalIndex(), sha256);
            return taken;
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written to " + directory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup's copy of the store cannot be read", e);
        } finally {
            delete(work);
        }
    }

    /** The backups in the folder, newest first. */
    List<Backup> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("ehc-backup-.*\\.zip"))
                    .sorted(Comparator.reverseOrder()).toList()) {
                Backup described = BackupFile.JSON.readValue(BackupFile.read(file, BackupFile.MANIFEST), Backup.class);
                Path checksum = BackupFile.checksumFile(file);
                String sha256 = Files.exists(checksum) ? Files.readString(checksum).split(" ")[0] : null;
                found.add(new Backup(file.toString(), Files.size(file), sha256, described.takenAt(), described.events(),
                        described.lastEvent(), described.erasures()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + directory, e);
        }
        return found;
    }

    private void write(Path zip, Path database, Backup described) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(BackupFile.DATABASE));
            Files.copy(database, out);
            out.putNextEntry(new ZipEntry(BackupFile.ERASURES));
            if (Files.exists(register.file())) {
                Files.copy(register.file(), out);
            }
            out.putNextEntry(new ZipEntry(BackupFile.MANIFEST));
            out.write(BackupFile.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(described));
            out.closeEntry();
        }
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void delete(Path work) {
        if (work == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not remove the backup's working folder {}", work);
        }
    }
}
