package uk.ehcworkflow.command.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The layout of a backup, shared by taking one and restoring one. Inside the encryption
 * ({@link BackupCipher}) is a zip of a description ({@value #MANIFEST}, first), the event
 * store's database file ({@value #DATABASE}, which also holds the command side's own tables and
 * the personal-data keys) and the erasure register as it stood
 * ({@value #ERASURES}). The description carries the SHA-256 of the other two, so a backup checks
 * itself whether or not its {@code .sha256} travelled with it.
 *
 * <p>Format 1, before encryption, was a plain zip with the description last and no checksums inside;
 * it can still be restored.
 */
final class BackupFile {

    static final int FORMAT = 2;
    static final String DATABASE = "event-store.mv.db";
    static final String ERASURES = "erasures.log";
    static final String MANIFEST = "backup.json";
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * What a backup holds, described from the copy itself.
     *
     * @param format  {@value #FORMAT}; 0 when read from a format-1 backup, which did not say
     * @param sha256  each entry's checksum, by name; empty in format 1
     */
    record Manifest(int format, Instant takenAt, long events, Backup.LastEvent lastEvent, long erasures,
                    Map<String, String> sha256) {
    }

    /** Writing to the disk failed (it is full, or refuses): the disk's trouble, not the backup's. */
    static final class CannotWrite extends IOException {
        CannotWrite(Path file, IOException cause) {
            super("cannot write " + file + ": " + cause.getMessage(), cause);
        }
    }

    private BackupFile() {
    }

    /** Writes the zip: the description first, then the database and the register, and forces it to disk. */
    static void write(Path zip, Manifest manifest, Path database, Path register) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(MANIFEST));
            out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            out.putNextEntry(new ZipEntry(DATABASE));
            Files.copy(database, out);
            out.putNextEntry(new ZipEntry(ERASURES));
            if (Files.exists(register)) {
                Files.copy(register, out);
            }
            out.closeEntry();
        }
        force(zip);
    }

    /** The checksums a manifest carries for these entries. */
    static Map<String, String> checksums(Path database, Path register) {
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put(DATABASE, sha256(database));
        sums.put(ERASURES, Files.exists(register) ? sha256(register) : sha256(new byte[0]));
        return sums;
    }

    /**
     * Unpacks a backup's zip into a folder and checks each entry against the description's checksum.
     *
     * @throws BackupCipher.Damaged when an entry is missing or differs from what the description says
     */
    static Manifest unpack(Path zip, Path folder) throws IOException, BackupCipher.Damaged {
        for (String entry : List.of(DATABASE, ERASURES, MANIFEST)) {
            Files.deleteIfExists(folder.resolve(entry));
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry each = in.getNextEntry(); each != null; each = in.getNextEntry()) {
                if (List.of(DATABASE, ERASURES, MANIFEST).contains(each.getName())) {
                    copy(in, folder.resolve(each.getName()));
                }
            }
        } catch (IOException e) {
            if (e instanceof CannotWrite disk) {
                throw disk;
            }
            throw new BackupCipher.Damaged("its archive cannot be read (" + e.getMessage() + ")");
        }
        if (!Files.exists(folder.resolve(MANIFEST)) || !Files.exists(folder.resolve(DATABASE))) {
            throw new BackupCipher.Damaged("it holds no " + (Files.exists(folder.resolve(MANIFEST)) ? DATABASE : MANIFEST)
                    + ": it is not a whole backup of this service");
        }
        Manifest manifest = JSON.readValue(folder.resolve(MANIFEST).toFile(), Manifest.class);
        if (manifest.format() > FORMAT) {
            throw new BackupCipher.Damaged("it is in format " + manifest.format() + ", written by a newer version; "
                    + "restore it with that version or a later one");
        }
        Map<String, String> sums = manifest.sha256() == null ? Map.of() : manifest.sha256();
        for (Map.Entry<String, String> entry : sums.entrySet()) {
            Path file = folder.resolve(entry.getKey());
            String actual = Files.exists(file) ? sha256(file) : sha256(new byte[0]);
            if (!actual.equalsIgnoreCase(entry.getValue())) {
                throw new BackupCipher.Damaged(entry.getKey() + " inside it does not match the checksum the backup "
                        + "carries: it was damaged or changed");
            }
        }
        return manifest;
    }

    /** Copies a stream to a file, telling a failed write (the disk's trouble) from a failed read. */
    static void copy(InputStream in, Path to) throws IOException {
        OutputStream out;
        try {
            out = Files.newOutputStream(to);
        } catch (IOException e) {
            throw new CannotWrite(to, e);
        }
        byte[] buffer = new byte[1 << 16];
        try (out) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                try {
                    out.write(buffer, 0, read);
                } catch (IOException e) {
                    throw new CannotWrite(to, e);
                }
            }
            try {
                out.flush();
            } catch (IOException e) {
                throw new CannotWrite(to, e);
            }
        }
    }

    /** Forces a file's content to the disk. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new CannotWrite(file, e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return sha256(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static String sha256(InputStream content) throws IOException {
        try (InputStream in = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The file {@code sha256sum -c} checks: the checksum and the backup's file name. */
    static Path checksumFile(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".sha256");
    }

    /** The checksum a {@code .sha256} beside the backup states, or null when there is none. */
    static String statedChecksum(Path backup) throws IOException {
        Path checksum = checksumFile(backup);
        return Files.isRegularFile(checksum) ? Files.readString(checksum).strip().split("\\s+")[0] : null;
    }

    /** A connection to an event store database file outside the running service: one being restored. */
    static Connection open(Path directory) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + directory.toAbsolutePath().resolve("event-store")
                + ";FILE_LOCK=NO", "ehc", "");
    }

    /** The same, changing nothing in the file: a backup's copy, read to describe it. */
    static Connection openReadOnly(Path directory) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + directory.toAbsolutePath().resolve("event-store")
                + ";ACCESS_MODE_DATA=r", "ehc", "");
    }

    /** The newest event in a store; null for an empty store. */
    static Backup.LastEvent lastEvent(Connection store) throws SQLException {
        try (Statement query = store.createStatement();
             ResultSet last = query.executeQuery("SELECT globalIndex, aggregateIdentifier, sequenceNumber, payloadType, "
                     + "timeStamp FROM DomainEventEntry ORDER BY globalIndex DESC LIMIT 1")) {
            return last.next() ? new Backup.LastEvent(last.getLong(1), last.getString(2), last.getLong(3),
                    last.getString(4), last.getString(5)) : null;
        }
    }

    static long events(Connection store) throws SQLException {
        try (Statement query = store.createStatement();
             ResultSet count = query.executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Removes a work folder and everything in it; one left behind is named as one and harms nothing. */
    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // named .backup-* or .*.restoring-*, beside the backups or the target
        }
    }
}
