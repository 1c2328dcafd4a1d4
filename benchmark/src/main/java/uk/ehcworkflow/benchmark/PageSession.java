package uk.ehcworkflow.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ehcworkflow.support.Api;

/**
 * A person signed in to the pages as a browser is, through the sign-in form and a session cookie:
 * the pages, unlike the API, take no HTTP Basic.
 */
final class PageSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]*)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    private PageSession(int port) {
        this.port = port;
    }

    /** Signs in as a trial user (password = user name), or fails saying why. */
    static PageSession signIn(String user, int port) {
        PageSession session = new PageSession(port);
        String form = session.send(HttpRequest.newBuilder(session.uri("/sign-in")).GET()).body();
        Matcher token = TOKEN.matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page carries no form token");
        }
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(session.uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(user)
                        + "&_csrf=" + encode(token.group(1)))));
        if (signedIn.headers().firstValue("Location").orElse("failed").contains("failed")) {
            throw new IllegalStateException("Signing in to the pages as " + user + " failed");
        }
        return session;
    }

    /** A page, as the API helper answers: its status and body. */
    Api.Answer get(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2)).GET());
        return new Api.Answer(answer.statusCode(), answer.body(), answer.headers().firstValue("Content-Type").orElse(null),
                answer.headers().map());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The pages did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
