package uk.ehcworkflow.query.readstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoopbackRelayTest {

    @Test
    void carries_a_large_answer_whole_and_a_closed_store_closes_the_clients_connection() throws Exception {
        try (ServerSocket store = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             LoopbackRelay relay = new LoopbackRelay(() -> new InetSocketAddress(InetAddress.getLoopbackAddress(),
                     store.getLocalPort()))) {
            byte[] answer = new byte[3_000_000];
            Arrays.fill(answer, (byte) 7);
            Thread storeSide = new Thread(() -> {
                try (Socket asked = store.accept()) {
                    DataInputStream in = new DataInputStream(asked.getInputStream());
                    int question = in.readInt();
                    DataOutputStream out = new DataOutputStream(asked.getOutputStream());
                    out.writeInt(question + 1);
                    out.write(answer);
                    out.flush();
                } catch (IOException ignored) {
                    // The assertions below say what went wrong.
                }
            });
            storeSide.start();

            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.port())) {
                new DataOutputStream(client.getOutputStream()).writeInt(41);
                DataInputStream in = new DataInputStream(client.getInputStream());
                assertThat(in.readInt()).isEqualTo(42);
                byte[] received = new byte[answer.length];
                in.readFully(received);
                assertThat(received).isEqualTo(answer);
                assertThat(in.read()).as("the store closed its side").isEqualTo(-1);
            }
            storeSide.join();
        }
    }

    @Test
    void each_connection_goes_where_the_store_is_when_it_is_made() throws Exception {
        AtomicReference<ServerSocket> current = new AtomicReference<>(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
        try (LoopbackRelay relay = new LoopbackRelay(() -> new InetSocketAddress(InetAddress.getLoopbackAddress(),
                current.get().getLocalPort()))) {
            for (int restart = 0; restart < 2; restart++) {
                ServerSocket store = current.get();
                try (Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.port()); Socket asked = store.accept()) {
                    client.getOutputStream().write(restart);
                    assertThat(asked.getInputStream().read()).isEqualTo(restart);
                }
                store.close();
                current.set(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
        } finally {
            current.get().close();
        }
    }
}
