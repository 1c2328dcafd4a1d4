package uk.ehcworkflow.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole command service on real HTTP and its embedded H2 event store, in a data folder of
 * its own. Subclasses share one running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CommandServiceTest {

    /** Outlives each test class, as the cached Spring context does; {@code mvn clean} removes it. */
    private static final Path dataDir = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
    /** Outside the data folder, as an operator keeps it, and the owner's alone. */
    protected static final Path backupPassphrase = dataDir.resolveSibling(dataDir.getFileName() + "-passphrase");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(backupPassphrase.getParent());
        if (!Files.exists(backupPassphrase)) {
            Files.writeString(Files.createFile(backupPassphrase, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))), "made-up passphrase for the tests\n");
        }
        registry.add("ehc.data-dir", () -> dataDir.toString());
        registry.add("ehc.backup.passphrase-file", () -> backupPassphrase.toString());
    }

    @LocalServerPort
    protected int port;

    private final HttpClient http = HttpClient.newHttpClient();
    protected final ObjectMapper json = new ObjectMapper();

    /** An HTTP answer: status, content type and parsed JSON body (null when empty). */
    protected record Answer(int status, String contentType, JsonNode body) {
    }

    /** POSTs JSON as a local user whose password is their name (null: no credentials). */
    protected Answer post(String user, String path, String body) throws Exception {
        return post(user, path, "application/json", body);
    }

    /** POSTs a body declared as the given Content-Type. */
    protected Answer post(String user, String path, String contentType, String body) throws Exception {
        return send(basic(user), "POST", path, contentType, body);
    }

    protected Answer put(String user, String path, String body) throws Exception {
        return send(basic(user), "PUT", path, "application/json", body);
    }

    protected Answer get(String user, String path) throws Exception {
        return send(basic(user), "GET", path, null, null);
    }

    /** Sends a request with the Authorization header given (null: none). */
    protected Answer send(String authorization, String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isEmpty() ? null : json.readTree(response.body());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), parsed);
    }

    private static String basic(String user) {
        return user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
