package uk.ehcworkflow.command.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of every erasure, kept outside the event store so that restoring an older backup
 * cannot bring an erased child's key back: one line per erasure (when, and the key's id, never a
 * name), appended and forced to disk before the erasure's transaction commits, in the data folder
 * and beside the backups. Each backup carries a copy; a restore merges them and destroys every
 * key they name; and every start of this service destroys any key the register names that a
 * restore by hand left behind.
 */
@Component
public class ErasureRegister implements SmartInitializingSingleton {

    public static final String FILE = "erasures.log";
    private static final Logger log = LoggerFactory.getLogger(ErasureRegister.class);

    private final List<Path> copies;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ErasureRegister(@Value("${ehc.data-dir}") Path dataDir, @Value("${ehc.backup-dir}") Path backupDir, JdbcTemplate jdbc,
                    Clock clock) {
        Path inData = dataDir.resolve(FILE).toAbsolutePath().normalize();
        Path besideBackups = backupDir.resolve(FILE).toAbsolutePath().normalize();
        this.copies = inData.equals(besideBackups) ? List.of(inData) : List.of(inData, besideBackups);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Notes an erasure in every copy of the register, on disk, before the key is destroyed. */
    public synchronized void record(String keyId) {
        byte[] line = (clock.instant() + " " + keyId + "\n").getBytes(StandardCharsets.UTF_8);
        for (Path copy : copies) {
            try {
                Files.createDirectories(copy.getParent());
                try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    channel.write(ByteBuffer.wrap(line));
                    channel.force(true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The erasure cannot be recorded in " + copy + ", so it is not made", e);
            }
        }
    }

    /** The register as this service keeps it in its data folder. */
    public Path file() {
        return copies.get(0);
    }

    /**
     * Destroys any key the register names that is still in the store: what a restore by hand brought
     * back. It runs once every bean is made and before the web server starts, so the service never
     * serves a name the register says is erased; if it cannot, the service does not start.
     */
    @Override
    public void afterSingletonsInstantiated() {
        int destroyed = destroyKeys(jdbc, keyIds(copies));
        if (destroyed > 0) {
            log.warn("Destroyed {} personal-data keys that the erasure register names: the store was restored from "
                    + "before those erasures", destroyed);
        }
    }

    /** Every key id named in these registers (missing files name none). */
    public static Set<String> keyIds(List<Path> registers) {
        Set<String> ids = new LinkedHashSet<>();
        for (Path register : registers) {
            if (Files.isRegularFile(register)) {
                try {
                    for (String line : Files.readAllLines(register, StandardCharsets.UTF_8)) {
                        String[] parts = line.strip().split(" ");
                        if (parts.length == 2) {
                            ids.add(parts[1]);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the erasure register " + register, e);
                }
            }
        }
        return ids;
    }

    /** Destroys the keys; how many were still there. */
    public static int destroyKeys(JdbcTemplate jdbc, Set<String> keyIds) {
        int destroyed = 0;
        for (List<String> batch : batches(new ArrayList<>(keyIds))) {
            destroyed += jdbc.update("DELETE FROM personal_data_key WHERE key_id IN ("
                    + String.join(",", batch.stream().map(id -> "?").toList()) + ")", batch.toArray());
        }
        return destroyed;
    }

    private static List<List<String>> batches(List<String> ids) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + 500)));
        }
        return batches;
    }
}
