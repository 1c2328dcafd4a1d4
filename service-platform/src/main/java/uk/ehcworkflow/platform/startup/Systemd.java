package uk.ehcworkflow.platform.startup;

import com.sun.jna.NativeLong;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import uk.ehcworkflow.platform.files.LibC;

/**
 * Tells systemd, when it started the service ({@code Type=notify}), that the service is ready,
 * that it is stopping, and, under {@code WatchdogSec=}, that it is alive: a hung JVM stops saying
 * so and systemd kills and restarts it. "Alive" is an HTTP answer from the service's own port
 * (any status: a full disk's 503 is an answer) within a third of the watchdog's interval, so a
 * JVM whose request threads are stuck is restarted too, not only one that stopped altogether.
 * Outside systemd ({@code NOTIFY_SOCKET} unset) it does nothing.
 */
public class Systemd implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(Systemd.class);

    private final String socket;
    private final Duration watchdog;
    private ScheduledExecutorService probing;

    public Systemd(Map<String, String> environment) {
        this.socket = environment.get("NOTIFY_SOCKET");
        String micros = environment.get("WATCHDOG_USEC");
        this.watchdog = micros == null || micros.isBlank() ? null : Duration.ofNanos(Long.parseLong(micros.strip()) * 1_000);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (socket == null || socket.isBlank()) {
            return;
        }
        if (event instanceof ApplicationReadyEvent ready) {
            notify("READY=1");
            if (watchdog != null && ready.getApplicationContext() instanceof WebServerApplicationContext web) {
                watch(ready.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1"),
                        web.getWebServer().getPort());
            }
        } else if (event instanceof ContextClosedEvent) {
            if (probing != null) {
                probing.shutdownNow();
            }
            notify("STOPPING=1");
        }
    }

    private void watch(String address, int port) {
        String host = address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1" : address;
        Duration every = watchdog.dividedBy(3);
        HttpClient http = HttpClient.newBuilder().connectTimeout(every).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/actuator/health"))
                .timeout(every).GET().build();
        probing = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "systemd-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        probing.scheduleWithFixedDelay(() -> {
            try {
                http.send(probe, HttpResponse.BodyHandlers.discarding());
                notify("WATCHDOG=1");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception unanswered) {
                log.warn("The service did not answer its own health address within {} s: systemd is not told it is alive",
                        every.toSeconds());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Telling systemd's watchdog every {} ms that the service answers", every.toMillis());
    }

    /** Sends one notification datagram to systemd's socket. */
    void notify(String state) {
        try {
            int fd = LibC.INSTANCE.socket(LibC.AF_UNIX, LibC.SOCK_DGRAM | LibC.SOCK_CLOEXEC, 0);
            if (fd < 0) {
                log.warn("Cannot open a socket to tell systemd {}", state);
                return;
            }
            try {
                byte[] message = state.getBytes(StandardCharsets.UTF_8);
                byte[] address = LibC.unixAddress(socket);
                if (LibC.INSTANCE.sendto(fd, message, new NativeLong(message.length), 0, address, address.length)
                        .longValue() < 0) {
                    log.warn("systemd was not told {}", state);
                }
            } finally {
                LibC.INSTANCE.close(fd);
            }
        } catch (UnsatisfiedLinkError | NoClassDefFoundError notPosix) {
            log.warn("Cannot tell systemd {} on this system", state);
        }
    }
}
