package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A family member signing in as a browser would, by the link emailed to them (ADR 43): where no
 * mail server is configured, the services write each email to the data folder's {@code mail/},
 * which {@link #dropFolder} reads.
 */
final class FamilySignIn {

    private static final Pattern LINK = Pattern.compile("/family/sign-in/[A-Za-z0-9_-]{20,}");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private FamilySignIn() {
    }

    /**
     * Asks for a link for {@code email}, reads it from the email {@code mailTo} finds (the newest
     * to that address sent after the request), and follows it: the client then holds the session.
     */
    static HttpClient byLink(int port, String email, Function<Instant, String> mailTo) {
        try {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            Instant asked = Instant.now();
            post(browser, port, "/family/sign-in", csrf(get(browser, port, "/family/sign-in").body()),
                    "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
            Matcher link = LINK.matcher(mailTo.apply(asked));
            assertThat(link.find()).as("the email holds a sign-in link").isTrue();
            HttpResponse<String> signedIn = post(browser, port, link.group(), csrf(get(browser, port, link.group()).body()), "");
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/family");
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The newest email to the address written to the data folder's {@code mail/} after the instant, waited for. */
    static Function<Instant, String> dropFolder(Path dataDir, String email) {
        return after -> {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                Optional<String> found = newest(dataDir.resolve("mail"), email, after);
                if (found.isPresent()) {
                    return found.get();
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            throw new AssertionError("No email to " + email + " in " + dataDir.resolve("mail"));
        };
    }

    private static Optional<String> newest(Path folder, String email, Instant after) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".eml"))
                    .filter(file -> modified(file).isAfter(after.minusSeconds(1)))
                    .sorted(Comparator.comparing(FamilySignIn::modified).reversed())
                    .map(FamilySignIn::read).filter(text -> text.contains("To: " + email) && LINK.matcher(text).find())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> get(HttpClient browser, int port, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(HttpClient browser, int port, String path, String csrf, String form)
            throws IOException, InterruptedException {
        String body = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + (form.isEmpty() ? "" : "&" + form);
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page's form carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
