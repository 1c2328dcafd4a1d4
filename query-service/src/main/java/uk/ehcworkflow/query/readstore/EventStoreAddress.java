package uk.ehcworkflow.query.readstore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.datasource.AbstractDataSource;
import uk.ehcworkflow.platform.embedded.EventStoreAddressFile;

/**
 * Connections to the command service's event store at the address it last published in the data
 * folder. The address is read for every new connection, so the query service follows the command
 * service through restarts (each picks a new port) without being restarted itself.
 */
final class EventStoreAddress extends AbstractDataSource {

    private final Path file;
    private final String user;
    private final String password;

    EventStoreAddress(Path dataDir, String user, String password) {
        this.file = dataDir.resolve(EventStoreAddressFile.NAME);
        this.user = user;
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    private String url() throws SQLException {
        try {
            return Files.readString(file).strip();
        } catch (NoSuchFileException e) {
            throw new SQLTransientConnectionException("The command service has not yet opened the event store ("
                    + file + " is missing)", "08001", e);
        } catch (IOException e) {
            throw new SQLTransientConnectionException("Cannot read the event store's address from " + file, "08001", e);
        }
    }
}
