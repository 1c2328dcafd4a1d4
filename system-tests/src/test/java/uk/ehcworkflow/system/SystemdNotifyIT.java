package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * The command service as systemd starts it under {@code Type=notify} and {@code WatchdogSec=}: this
 * test holds the notification socket. The service says READY once it serves, then WATCHDOG while
 * its own port answers; frozen (SIGSTOP, as a hung JVM), it falls silent, which is what makes
 * systemd kill and restart it; stopped, it says STOPPING.
 */
class SystemdNotifyIT {

    private static final int MSG_DONTWAIT = 0x40;

    interface Socket extends Library {
        Socket C = Native.load("c", Socket.class);

        int socket(int domain, int type, int protocol);

        int bind(int socket, byte[] address, int length);

        NativeLong recv(int socket, byte[] buffer, NativeLong length, int flags);

        int close(int fd);
    }

    @Test
    void the_service_tells_systemd_it_is_ready_and_alive_and_falls_silent_when_frozen(@TempDir Path folder)
            throws Exception {
        String path = folder.resolve("notify").toString();
        int socket = Socket.C.socket(1, 2, 0);
        byte[] address = new byte[2 + path.length() + 1];
        address[0] = 1;
        System.arraycopy(path.getBytes(StandardCharsets.UTF_8), 0, address, 2, path.length());
        assertThat(Socket.C.bind(socket, address, address.length)).isZero();
        ServiceProcess commands = new ServiceProcess("command-service", folder.resolve("data"))
                .withEnvironment(Map.of("NOTIFY_SOCKET", path, "WATCHDOG_USEC", "3000000"));
        try {
            commands.start();
            List<String> said = receive(socket, Duration.ofSeconds(5));
            assertThat(said).first().isEqualTo("READY=1");
            assertThat(said).filteredOn("WATCHDOG=1"::equals).as("one a second, as a 3 s watchdog asks").hasSizeGreaterThanOrEqualTo(3);

            new ProcessBuilder("kill", "-STOP", Long.toString(commands.handle().pid())).start().waitFor();
            receive(socket, Duration.ofSeconds(1));
            assertThat(receive(socket, Duration.ofSeconds(4))).as("a frozen service tells systemd nothing").isEmpty();
            new ProcessBuilder("kill", "-CONT", Long.toString(commands.handle().pid())).start().waitFor();
            assertThat(receive(socket, Duration.ofSeconds(4))).contains("WATCHDOG=1");

            commands.stop();
            assertThat(receive(socket, Duration.ofSeconds(1))).contains("STOPPING=1");
        } finally {
            commands.stop();
            Socket.C.close(socket);
        }
    }

    /** Every datagram that arrives within the time. */
    private static List<String> receive(int socket, Duration within) throws InterruptedException {
        List<String> said = new ArrayList<>();
        Instant until = Instant.now().plus(within);
        byte[] buffer = new byte[256];
        while (Instant.now().isBefore(until)) {
            long read = Socket.C.recv(socket, buffer, new NativeLong(buffer.length), MSG_DONTWAIT).longValue();
            if (read > 0) {
                said.add(new String(buffer, 0, (int) read, StandardCharsets.UTF_8));
            } else {
                Thread.sleep(50);
            }
        }
        return said;
    }
}
