package uk.ehcworkflow.query.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import uk.ehcworkflow.platform.embedded.CommandServiceAddressFile;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.PageTokens;

/**
 * The command service's API as the pages use it: the same commands any client sends, sent as the
 * signed-in person with a short-lived token (ADR 20), so its rules and role checks decide, not the
 * pages. A refusal comes back as {@link CommandRefused} carrying the problem's field or rule.
 */
@Component
public class CommandApi {

    private final RestClient client = RestClient.create();
    private final PageTokens tokens;
    private final Clock clock;
    private final Path dataDir;
    private final String configuredAddress;
    private final ObjectMapper json;

    CommandApi(PageTokens tokens, Clock clock, ObjectMapper json, @Value("${ehc.data-dir}") Path dataDir,
               @Value("${ehc.command-service.url:}") String configuredAddress) {
        this.tokens = tokens;
        this.clock = clock;
        this.json = json;
        this.dataDir = dataDir;
        this.configuredAddress = configuredAddress;
    }

    public JsonNode post(String path, Map<String, ?> body) {
        return send(client.post().uri(address() + path).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    /** A command that replaces what it names (the child's details, a placement's end) goes by PUT, as the API takes it. */
    public JsonNode put(String path, Map<String, ?> body) {
        return send(client.put().uri(address() + path).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    /** A file the command API takes as XML (a SEN2 return to import), streamed as it is read. */
    public JsonNode postXml(String path, InputStream xml) {
        return send(client.post().uri(address() + path).contentType(MediaType.APPLICATION_XML)
                .body(out -> xml.transferTo(out)));
    }

    public JsonNode get(String path) {
        return send(client.get().uri(address() + path));
    }

    /** A file the command service keeps, as the caller may have it: its bytes and media type. */
    public record File(byte[] content, MediaType type) {
    }

    public File getFile(String path) {
        String token = tokens.mint(Actor.of(SecurityContextHolder.getContext().getAuthentication()), clock.instant());
        try {
            return client.get().uri(address() + path).header("Authorization", "Bearer " + token)
                    .exchange((sent, answer) -> {
                        byte[] body = answer.getBody().readAllBytes();
                        if (answer.getStatusCode().isError()) {
                            throw refusal(answer.getStatusCode(), body.length == 0 ? json.nullNode() : json.readTree(body));
                        }
                        return new File(body, answer.getHeaders().getContentType());
                    });
        } catch (ResourceAccessException unreachable) {
            throw new CommandServiceUnavailable(unreachable);
        }
    }

    private JsonNode send(RestClient.RequestHeadersSpec<?> request) {
        String token = tokens.mint(Actor.of(SecurityContextHolder.getContext().getAuthentication()), clock.instant());
        try {
            return request.header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON)
                    .exchange((sent, answer) -> {
                        byte[] body = answer.getBody().readAllBytes();
                        JsonNode read = body.length == 0 ? json.nullNode() : json.readTree(body);
                        if (answer.getStatusCode().isError()) {
                            throw refusal(answer.getStatusCode(), read);
                        }
                        return read;
                    });
        } catch (ResourceAccessException unreachable) {
            throw new CommandServiceUnavailable(unreachable);
        }
    }

    private static RuntimeException refusal(HttpStatusCode status, JsonNode problem) {
        String detail = problem.path("detail").asText("The command service refused the request.");
        if (status.value() == 404) {
            return new NotFoundException(detail);
        }
        return new CommandRefused(status.value(), problem.path("field").textValue(), problem.path("rule").textValue(), detail);
    }

    private String address() {
        if (!configuredAddress.isBlank()) {
            return configuredAddress;
        }
        return CommandServiceAddressFile.read(dataDir).orElseThrow(() -> new CommandServiceUnavailable(
                new IOException("the command service has not published its address in " + dataDir)));
    }

    /** The command service cannot be reached: nothing was recorded. */
    public static class CommandServiceUnavailable extends RuntimeException {
        CommandServiceUnavailable(Exception cause) {
            super("The command service cannot be reached", cause);
        }
    }
}
