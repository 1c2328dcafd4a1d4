package uk.ehcworkflow.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where the pages send commands in the embedded default: the command service writes its HTTP
 * address to this file in the data folder once it is ready, and the query service reads it for
 * each command, so either may be restarted on another port.
 */
public final class CommandServiceAddressFile {

    public static final String NAME = "command-service.address";

    private CommandServiceAddressFile() {
    }

    public static void write(Path dataDir, String address) {
        try {
            Files.createDirectories(dataDir);
            Path draft = Files.createTempFile(dataDir, NAME, ".tmp");
            Files.writeString(draft, address);
            Files.move(draft, dataDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The command service's address cannot be written to " + dataDir, e);
        }
    }

    public static Optional<String> read(Path dataDir) {
        try {
            Path file = dataDir.resolve(NAME);
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
