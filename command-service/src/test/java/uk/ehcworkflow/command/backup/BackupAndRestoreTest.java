package uk.ehcworkflow.command.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.command.CommandServiceTest;
import uk.ehcworkflow.platform.files.OwnerOnlyFiles;

/** Backups taken from the running service over HTTP, restored with the restore tool as an operator runs it. */
class BackupAndRestoreTest extends CommandServiceTest {

    @TempDir
    Path elsewhere;

    private record Said(int status, String output) {
    }

    private JsonNode backup() throws Exception {
        Answer opened = post("officer", "/api/assessments", """
                {"childName":"Cipher Madeup","dateOfBirth":"2015-04-04","requestReceivedOn":"2025-02-03","requestSource":"PARENT"}""");
        assertThat(opened.status()).isEqualTo(201);
        Answer taken = post("admin", "/api/admin/backups", "");
        assertThat(taken.status()).as(String.valueOf(taken.body())).isEqualTo(201);
        return taken.body();
    }

    private Said restore(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = new Restore(new PrintStream(printed, true, StandardCharsets.UTF_8), Map.of()).restore(args);
        return new Said(status, printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_backup_is_encrypted_named_to_the_millisecond_and_restores_whole_with_its_chain_verified() throws Exception {
        JsonNode backup = backup();
        Path file = Path.of(backup.get("file").asText());
        byte[] bytes = Files.readAllBytes(file);

        assertThat(file.getFileName().toString()).matches("ehc-backup-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.\\d{3}Z\\.zip\\.gpg");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Cipher Madeup", "PK\u0003\u0004",
                "DomainEventEntry");
        assertThat(file.getParent().toString()).as("outside the data folder").endsWith("-backups");
        assertThat(OwnerOnlyFiles.mode(file)).isEqualTo("rw-------");
        assertThat(OwnerOnlyFiles.mode(Path.of(file + ".sha256"))).isEqualTo("rw-------");
        assertThat(OwnerOnlyFiles.mode(file.getParent())).isEqualTo("rwx------");

        Path target = elsewhere.resolve("restored");
        Said said = restore(file.toString(), "--data-dir", target.toString(), "--passphrase-file", backupPassphrase.toString());

        assertThat(said.status()).as(said.output()).isZero();
        assertThat(said.output()).contains("Checksum matches", "Decrypted, and its integrity check holds",
                "Its contents match the checksums it carries", "Hash chain intact: " + backup.get("events").asLong() + " events",
                backup.get("events").asLong() + " events, the last #" + backup.at("/lastEvent/globalIndex").asLong());
        assertThat(target.resolve(BackupFile.DATABASE)).exists();
        for (Path restored : List.of(target, target.resolve(BackupFile.DATABASE), target.resolve("erasures.log"),
                target.resolve(Restore.MARKER))) {
            assertThat(OwnerOnlyFiles.isShared(restored)).as(restored + " " + OwnerOnlyFiles.mode(restored)).isFalse();
        }
        assertThat(target.resolve(Restore.MARKER)).content().contains("\"chainVerifiedBeforeRestore\" : true");
        try (Connection store = BackupFile.openReadOnly(target)) {
            assertThat(BackupFile.events(store)).isEqualTo(backup.get("events").asLong());
        }
        try (var siblings = Files.list(elsewhere)) {
            assertThat(siblings.map(Path::getFileName).map(Path::toString)).as("no work folder left").containsExactly("restored");
        }
        assertThat(restore(file.toString(), "--data-dir", target.toString(), "--passphrase-file", backupPassphrase.toString())
                .output()).contains("already holds an event store");
    }

    @Test
    void a_damaged_backup_is_refused_in_one_line_with_or_without_its_checksum_and_the_target_is_left_as_it_was()
            throws Exception {
        Path file = Path.of(backup().get("file").asText());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Path damaged = Files.write(elsewhere.resolve(file.getFileName()), bytes);
        Path target = Files.createDirectories(elsewhere.resolve("target/logs")).getParent();

        Said alone = restore(damaged.toString(), "--data-dir", target.toString(), "--passphrase-file", backupPassphrase.toString());
        Files.copy(Path.of(file + ".sha256"), Path.of(damaged + ".sha256"));
        Said withChecksum = restore(damaged.toString(), "--data-dir", target.toString(), "--passphrase-file",
                backupPassphrase.toString());

        assertThat(alone.status()).isEqualTo(2);
        assertThat(alone.output()).contains("No " + damaged.getFileName() + ".sha256 beside the backup")
                .contains("Not restored: " + damaged.getFileName() + " is damaged").doesNotContain("Exception", "\tat ");
        assertThat(withChecksum.status()).isEqualTo(2);
        assertThat(withChecksum.output()).contains("does not match its checksum").doesNotContain("\tat ");
        try (var left = Files.list(target)) {
            assertThat(left.map(Path::getFileName).map(Path::toString)).containsExactly("logs");
        }
        try (var siblings = Files.list(elsewhere)) {
            assertThat(siblings.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains("restoring"));
        }
    }

    @Test
    void a_wrong_passphrase_is_named_as_such_and_changes_nothing() throws Exception {
        Path file = Path.of(backup().get("file").asText());
        Path wrong = Files.writeString(Files.createFile(elsewhere.resolve("wrong"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))), "another made-up passphrase");
        Path target = elsewhere.resolve("target");

        Said said = restore(file.toString(), "--data-dir", target.toString(), "--passphrase-file", wrong.toString());
        Said none = restore(file.toString(), "--data-dir", target.toString());

        assertThat(said.status()).isEqualTo(2);
        assertThat(said.output()).contains("Not restored: the passphrase in " + wrong + " does not open")
                .doesNotContain("\tat ");
        assertThat(none.output()).contains("Not restored: no passphrase file is given: name the file holding the "
                + "passphrase the backup was taken with, --passphrase-file FILE");
        Said notABackup = restore(wrong.toString(), "--data-dir", target.toString());
        assertThat(notABackup.output()).contains("Not restored: " + wrong + " is not a backup of this service");
        assertThat(target).doesNotExist();
    }

    @Test
    void a_backup_from_before_encryption_still_restores() throws Exception {
        Path legacy = legacyCopyOf(Path.of(backup().get("file").asText()), false);

        Said said = restore(legacy.toString(), "--data-dir", elsewhere.resolve("target").toString());

        assertThat(said.status()).as(said.output()).isZero();
        assertThat(said.output()).contains("An unencrypted backup from before backups were encrypted", "Hash chain intact");
        assertThat(Backups.takenAt(legacy)).isPresent();
    }

    @Test
    void a_backup_whose_events_were_edited_is_not_put_in_place() throws Exception {
        Path edited = legacyCopyOf(Path.of(backup().get("file").asText()), true);

        Said said = restore(edited.toString(), "--data-dir", elsewhere.resolve("target").toString());

        assertThat(said.status()).isEqualTo(2);
        assertThat(said.output()).contains("Not restored: the backup's hash chain is broken at event #0 of",
                "it was edited after it was recorded");
        assertThat(elsewhere.resolve("target")).doesNotExist();
    }

    /** A format-1 backup (a plain zip, its description last) made from a new one; its first event edited if asked. */
    private Path legacyCopyOf(Path file, boolean editFirstEvent) throws Exception {
        Path unpacked = Files.createDirectories(elsewhere.resolve("unpacked"));
        BackupCipher.decrypt(file, unpacked.resolve("new.zip"), Files.readString(backupPassphrase).strip().toCharArray());
        BackupFile.unpack(unpacked.resolve("new.zip"), unpacked);
        if (editFirstEvent) {
            try (Connection store = BackupFile.open(unpacked)) {
                store.createStatement().executeUpdate("UPDATE DomainEventEntry SET timeStamp = '2020-01-01T00:00:00Z' "
                        + "WHERE globalIndex = (SELECT MIN(globalIndex) FROM DomainEventEntry)");
            }
        }
        Path legacy = elsewhere.resolve("ehc-backup-2025-01-01T02-00-00Z.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(legacy))) {
            zip.putNextEntry(new ZipEntry(BackupFile.DATABASE));
            Files.copy(unpacked.resolve(BackupFile.DATABASE), zip);
            zip.putNextEntry(new ZipEntry(BackupFile.ERASURES));
            zip.putNextEntry(new ZipEntry(BackupFile.MANIFEST));
            zip.write("""
                    {"file":"ehc-backup-2025-01-01T02-00-00Z.zip","sizeBytes":0,"sha256":null,"takenAt":"2025-01-01T02:00:00Z",
                     "events":1,"lastEvent":null,"erasures":0}""".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return legacy;
    }

    @Test
    void a_passphrase_kept_with_the_data_readable_by_others_or_short_is_refused(@TempDir Path folder) throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path inside = Files.writeString(data.resolve("passphrase"), "long enough to be a passphrase");
        Path shared = Files.writeString(folder.resolve("shared"), "long enough to be a passphrase");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        Path shortOne = Files.writeString(Files.createFile(folder.resolve("short"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))), "short");

        for (var refused : Map.of(inside, "inside the data folder", shared, "can be read by others (rw-r--r--)",
                shortOne, "shorter than 16 characters", folder.resolve("missing"), "does not exist").entrySet()) {
            assertThat(List.of(refused.getKey())).allSatisfy(file -> {
                try {
                    Passphrase.read(file, data);
                    throw new AssertionError(file + " was accepted");
                } catch (Passphrase.Unusable unusable) {
                    assertThat(unusable.getMessage()).contains(refused.getValue());
                }
            });
        }
    }
}
