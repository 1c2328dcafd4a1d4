package uk.ehcworkflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Plain HTTP calls as a user would make them, signed in as one of the local users. */
public final class Api {

    public record Answer(int status, String body, String contentType, Map<String, List<String>> headers) {

        /** The first value of a header of the answer, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(h -> h.getValue().get(0)).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration timeout;

    /** Waits up to 30 s for an answer. */
    public Api() {
        this(Duration.ofSeconds(30));
    }

    public Api(Duration timeout) {
        this.timeout = timeout;
    }

    public Answer post(String user, int port, String path, String body) {
        return send(user, HttpRequest.newBuilder(uri(port, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer put(String user, int port, String path, String body) {
        return send(user, HttpRequest.newBuilder(uri(port, path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer get(String user, int port, String path) {
        return send(user, HttpRequest.newBuilder(uri(port, path)).GET());
    }

    public Answer getAccepting(String user, int port, String path, String accept) {
        return send(user, HttpRequest.newBuilder(uri(port, path)).header("Accept", accept).GET());
    }

    /**
     * Any method, with the password given (null: no credentials at all), a Content-Type and a body
     * (null: none), as a hostile or careless client would send it.
     */
    public Answer call(String user, String password, String method, int port, String path, String contentType,
                       String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(user, password, request);
    }

    /** Any method with a bearer token, as the pages send a person's commands (see {@link #pageToken}). */
    public Answer callWithToken(String token, String method, int port, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(null, request);
    }

    /**
     * A token as the pages mint one for a signed-in person (HS256 under the data folder's
     * {@code keys/page-token.key}, five minutes): how a test speaks as a family member, who has no password.
     */
    public static String pageToken(java.nio.file.Path keyFile, String user, String role) {
        try {
            byte[] key = java.nio.file.Files.readAllBytes(keyFile);
            long now = Instant.now().getEpochSecond();
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            String header = url.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
            String claims = url.encodeToString(("{\"iss\":\"ehc-workflow-pages\",\"sub\":\"" + user + "\",\"iat\":" + now
                    + ",\"exp\":" + (now + 300) + ",\"role\":\"" + role + "\"}").getBytes(StandardCharsets.UTF_8));
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return header + "." + claims + "." + url.encodeToString(mac.doFinal((header + "." + claims)
                    .getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("No page token could be made from " + keyFile, e);
        }
    }

    /** Reads until the answer satisfies the condition: read models catch up with commands eventually. */
    public Answer await(String user, int port, String path, Predicate<Answer> condition) {
        return await(user, port, path, condition, Duration.ofSeconds(30));
    }

    /** The same, waiting as long as given: a check of what happens, not of how fast, on a shared machine. */
    public Answer await(String user, int port, String path, Predicate<Answer> condition, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Answer last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(user, port, path);
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not reached within " + patience.toSeconds() + " s; last answer " + last);
    }

    /**
     * Waits until every read model of the query service at the port has taken in every event stored
     * (its position at the store's head), none is rebuilding and every processor runs: everything
     * acknowledged before the call is then shown. Until the command service, whose store gives the
     * head, answers, the list is a 503 problem, which is waited out.
     */
    public void awaitReadModelsCaughtUp(int queryPort, Duration patience) {
        await("admin", queryPort, "/api/admin/projections", answer -> {
            if (answer.status() == 503) {
                return false;
            }
            if (answer.status() != 200) {
                throw new AssertionError("The read models' list: " + answer.status() + " " + answer.body());
            }
            for (JsonNode projection : answer.json()) {
                boolean rebuilding = projection.at("/lastRebuild/state").asText().matches("QUEUED|RUNNING");
                if (rebuilding || !projection.get("processorRunning").asBoolean()
                        || projection.get("position").asLong(-1) < projection.get("head").asLong()) {
                    return false;
                }
            }
            return true;
        }, patience);
    }

    /** A GET whose answer is bytes (a PDF, a zip), as the signed-in user. */
    public HttpResponse<byte[]> bytes(String user, int port, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path)).GET().timeout(timeout).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer send(String user, HttpRequest.Builder request) {
        return send(user, user, request);
    }

    private Answer send(String user, String password, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(null), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
