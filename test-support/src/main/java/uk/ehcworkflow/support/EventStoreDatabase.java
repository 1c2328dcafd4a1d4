package uk.ehcworkflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A direct connection to the embedded event store, through the address the running command service publishes. */
public final class EventStoreDatabase {

    private EventStoreDatabase() {
    }

    public static Connection connect(Path dataDir) throws SQLException {
        try {
            return DriverManager.getConnection(Files.readString(dataDir.resolve("event-store.address")).strip(), "ehc", "");
        } catch (IOException e) {
            throw new UncheckedIOException("The command service has not published the event store's address", e);
        }
    }
}
