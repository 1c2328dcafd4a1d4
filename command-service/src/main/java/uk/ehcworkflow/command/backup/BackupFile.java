package uk.ehcworkflow.command.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The layout of a backup file, shared by taking one and restoring one: a zip of the event store's
 * database file ({@value #DATABASE}, which also holds the command side's own tables and the
 * personal-data keys), the erasure register as it stood ({@value #ERASURES}) and a description
 * ({@value #MANIFEST}).
 */
final class BackupFile {

    static final String DATABASE = "event-store.mv.db";
    static final String ERASURES = "erasures.log";
    static final String MANIFEST = "backup.json";
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private BackupFile() {
    }

    /** Copies one entry of a zip to a file; false when the zip has no such entry. */
    static boolean extract(Path zip, String entry, Path to) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry each = in.getNextEntry(); each != null; each = in.getNextEntry()) {
                if (each.getName().equals(entry)) {
                    Files.createDirectories(to.toAbsolutePath().getParent());
                    try (OutputStream out = Files.newOutputStream(to)) {
                        in.transferTo(out);
                    }
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + zip, e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The file {@code sha256sum -c} checks: the checksum and the backup's file name. */
    static Path checksumFile(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".sha256");
    }

    /** A connection to an event store database file outside the running service: a restored one. */
    static Connection open(Path directory) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + directory.toAbsolutePath().resolve("event-store"), "ehc", "");
    }

    /** The same, changing nothing in the file: a backup's copy, read to describe it. */
    static Connection openReadOnly(Path directory) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + directory.toAbsolutePath().resolve("event-store")
                + ";ACCESS_MODE_DATA=r", "ehc", "");
    }

    /** One entry of a zip, whole. */
    static byte[] read(Path zip, String entry) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry each = in.getNextEntry(); each != null; each = in.getNextEntry()) {
                if (each.getName().equals(entry)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException(zip + " holds no " + entry);
    }

    /** How many events the store holds, and the newest; null for an empty store. */
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
}
