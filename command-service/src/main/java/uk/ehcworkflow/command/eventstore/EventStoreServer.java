package uk.ehcworkflow.command.eventstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.embedded.EventStoreAddressFile;

/**
 * In the embedded default the command service owns the event store file: it opens it in its own
 * process and lets the query service read it over a loopback socket. The socket's address goes to
 * a small file beside the store ({@link EventStoreAddressFile}), since the port is any free one. The query
 * service coming and going never touches the store's owner, so commands never depend on it (ADR 12).
 */
@Component
@Profile("!production")
class EventStoreServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventStoreServer.class);

    private final Path dataDir;
    private final DataSource store;
    private Server server;

    EventStoreServer(@Value("${ehc.data-dir}") Path dataDir, DataSource store) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.store = store;
    }

    @Override
    public synchronized void start() {
        try (var opened = store.getConnection()) {
            // Opened here first, so that the socket only ever serves the database this process owns.
            server = Server.createTcpServer("-tcpPort", "0", "-ifExists", "-tcpDaemon").start();
            publish("jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/" + dataDir.resolve("event-store"));
            log.info("Event store open to the query service on 127.0.0.1:{}", server.getPort());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the event store to the query service", e);
        }
    }

    private void publish(String url) {
        Path address = dataDir.resolve(EventStoreAddressFile.NAME);
        Path written = dataDir.resolve(EventStoreAddressFile.NAME + ".new");
        try {
            Files.writeString(written, url + "\n");
            Files.move(written, address, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + address, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Started before the web server takes commands, stopped after it has stopped taking them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }
}
