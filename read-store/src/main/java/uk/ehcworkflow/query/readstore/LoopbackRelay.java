package uk.ehcworkflow.query.readstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.function.Supplier;
import jdk.net.ExtendedSocketOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loopback relay between this service's connections and the event store's, that acknowledges
 * what the store sends at once. The store's server sends a large answer in pieces with Nagle's
 * algorithm on, holding each piece's tail until the last is acknowledged, while the receiving side
 * delays its acknowledgement by up to 40 ms: a stream of the whole store (a rebuild, a processor
 * catching up) then went at about 6,000 events a second with both processes idle, and at over
 * 100,000 through this relay. H2's client offers no way to set the socket options itself.
 */
final class LoopbackRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LoopbackRelay.class);
    private static final int BUFFER = 256 * 1024;

    private final ServerSocket listening;
    private final Supplier<InetSocketAddress> target;
    private volatile boolean open = true;

    /** @param target where each new connection is relayed to, asked at the moment it is made */
    LoopbackRelay(Supplier<InetSocketAddress> target) throws IOException {
        this.target = target;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "event-store-relay");
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return listening.getLocalPort();
    }

    private void accept() {
        while (open) {
            try {
                Socket client = listening.accept();
                try {
                    Socket store = new Socket();
                    store.connect(target.get(), 2_000);
                    client.setTcpNoDelay(true);
                    store.setTcpNoDelay(true);
                    pump(client, store, false);
                    pump(store, client, true);
                } catch (IOException | RuntimeException unreachable) {
                    // The store is down or moving: the client sees its connection closed and retries.
                    client.close();
                }
            } catch (IOException e) {
                if (open) {
                    log.warn("The event store relay could not accept a connection: {}", e.toString());
                }
            }
        }
    }

    /** Copies one direction until either side closes, then closes both. */
    private static void pump(Socket from, Socket to, boolean acknowledgeAtOnce) {
        Thread pumping = new Thread(() -> {
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (acknowledgeAtOnce) {
                        // Linux leaves quick acknowledgement after a while; asked again after every read.
                        from.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | UnsupportedOperationException closed) {
                // One side went away: the other is closed below, as a broken connection.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "event-store-relay-" + from.getLocalPort());
        pumping.setDaemon(true);
        pumping.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            listening.close();
        } catch (IOException ignored) {
            // Closing a listening socket fails only if it is closed already.
        }
    }
}
