package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/** A member of staff signing in at the pages' own form, as a browser would: the client then holds the session. */
final class StaffSignIn {

    private StaffSignIn() {
    }

    /** Signed in as a local user (whose password, on a trial, is their name). */
    static HttpClient as(int port, String user) {
        try {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> signedIn = FamilySignIn.post(browser, port, "/sign-in",
                    FamilySignIn.csrf(FamilySignIn.get(browser, port, "/sign-in").body()), "username=" + user + "&password=" + user);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).as(user).doesNotContain("failed");
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
