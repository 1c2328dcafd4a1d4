package uk.ehcworkflow.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.NativeLong;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.platform.files.LibC;

/** systemd's side of the conversation is a datagram socket: this test holds one and reads what the service sends. */
class SystemdTest {

    private static final int MSG_DONTWAIT = 0x40;

    @Test
    void the_service_tells_systemds_socket_what_it_is_doing(@TempDir Path folder) {
        String path = folder.resolve("notify").toString();
        int listening = LibC.INSTANCE.socket(LibC.AF_UNIX, LibC.SOCK_DGRAM, 0);
        byte[] address = LibC.unixAddress(path);
        assertThat(LibC.INSTANCE.bind(listening, address, address.length)).isZero();
        try {
            Systemd systemd = new Systemd(Map.of("NOTIFY_SOCKET", path, "WATCHDOG_USEC", "30000000"));

            systemd.notify("READY=1");
            systemd.notify("WATCHDOG=1");

            assertThat(receive(listening)).isEqualTo("READY=1");
            assertThat(receive(listening)).isEqualTo("WATCHDOG=1");
            assertThat(receive(listening)).as("nothing else was sent").isNull();
        } finally {
            LibC.INSTANCE.close(listening);
        }
    }

    @Test
    void outside_systemd_nothing_is_sent_and_nothing_fails() {
        Systemd systemd = new Systemd(Map.of());
        systemd.onApplicationEvent(new org.springframework.context.event.ContextClosedEvent(
                new org.springframework.context.support.GenericApplicationContext()));
    }

    private static String receive(int socket) {
        byte[] buffer = new byte[256];
        long read = LibC.INSTANCE.recv(socket, buffer, new NativeLong(buffer.length), MSG_DONTWAIT).longValue();
        return read < 0 ? null : new String(buffer, 0, (int) read, StandardCharsets.UTF_8);
    }
}
