package uk.ehcworkflow.query.readstore;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.datasource.AbstractDataSource;
import uk.ehcworkflow.platform.embedded.EventStoreAddressFile;

/**
 * Connections to the command service's event store at the address it last published in the data
 * folder. The address is read for every new connection, so the query service follows the command
 * service through restarts (each picks a new port) without being restarted itself. Connections
 * over TCP go through a {@link LoopbackRelay}, which takes the store's answers without delay.
 */
final class EventStoreAddress extends AbstractDataSource implements AutoCloseable {

    private static final Pattern TCP = Pattern.compile("^jdbc:h2:tcp://([^:/]+):(\\d+)(/.*)$");

    private final Path file;
    private final String user;
    private final String password;
    private final LoopbackRelay relay;

    EventStoreAddress(Path dataDir, String user, String password) throws IOException {
        this.file = dataDir.resolve(EventStoreAddressFile.NAME);
        this.user = user;
        this.password = password;
        this.relay = new LoopbackRelay(this::storeSocket);
    }

    @Override
    public void close() {
        relay.close();
    }

    /** Where the store listens now, for the relay's next connection. */
    private InetSocketAddress storeSocket() {
        try {
            Matcher tcp = TCP.matcher(url());
            if (!tcp.matches()) {
                throw new IllegalStateException("The event store is not served over TCP");
            }
            return new InetSocketAddress(tcp.group(1), Integer.parseInt(tcp.group(2)));
        } catch (SQLException unreadable) {
            throw new IllegalStateException(unreadable.getMessage(), unreadable);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Matcher tcp = TCP.matcher(url());
        String relayed = tcp.matches() ? "jdbc:h2:tcp://127.0.0.1:" + relay.port() + tcp.group(3) : url();
        return DriverManager.getConnection(relayed, user, password);
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
