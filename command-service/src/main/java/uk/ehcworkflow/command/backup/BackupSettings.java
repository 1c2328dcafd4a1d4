package uk.ehcworkflow.command.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Where backups go, what encrypts them, how many are kept and when their age is a warning; each
 * {@code ehc.backup*} setting is listed with its default in docs/configuration.md.
 */
@Component
@Profile("!production")
class BackupSettings {

    private final Path dataDir;
    private final Path directory;
    private final Path passphraseFile;
    private final Retention retention;
    private final Duration warnAfter;

    BackupSettings(@Value("${ehc.data-dir}") Path dataDir, @Value("${ehc.backup-dir}") Path directory,
                   @Value("${ehc.backup.passphrase-file}") String passphraseFile,
                   @Value("${ehc.backup.keep-daily}") int daily, @Value("${ehc.backup.keep-weekly}") int weekly,
                   @Value("${ehc.backup.keep-monthly}") int monthly, @Value("${ehc.backup.warn-after}") Duration warnAfter) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.directory = directory.toAbsolutePath().normalize();
        this.passphraseFile = passphraseFile.isBlank() ? null : Path.of(passphraseFile);
        this.retention = new Retention(daily, weekly, monthly);
        this.warnAfter = warnAfter;
    }

    Path dataDir() {
        return dataDir;
    }

    Path directory() {
        return directory;
    }

    Path passphraseFile() {
        return passphraseFile;
    }

    Retention retention() {
        return retention;
    }

    Duration warnAfter() {
        return warnAfter;
    }

    /** Whether the backups would be lost with the data folder's disk: inside it, or on the same file system. */
    boolean sharesDiskWithData() {
        if (directory.startsWith(dataDir)) {
            return true;
        }
        try {
            return Files.getFileStore(existing(directory)).equals(Files.getFileStore(existing(dataDir)));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path existing(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path.getRoot() : existing;
    }
}
