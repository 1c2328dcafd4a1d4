package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * A session as a person meets it, in real Chromium: the GOV.UK timeout warning before it ends for
 * want of use, and staying signed in from it; a form sent after the session ended leads to sign-in
 * and then back to the page it was sent from; a page not found or refused keeps the signed-in header.
 * The session lasts 75 seconds here and warns 65 seconds before its end, so the warning comes in 10.
 */
@RequiresChromium
class SessionPagesIT extends RunningServices {

    @Override
    protected String[] serviceArguments() {
        return new String[] {"--server.servlet.session.timeout=75s", "--ehc.pages.timeout-warning=65s"};
    }

    @Test
    void the_page_warns_before_the_session_ends_and_stay_signed_in_keeps_it() {
        try (Browser officer = new Browser(queries.port(), "session-warning")) {
            officer.signIn("officer").open("/cases/new");
            assertThat(officer.shown("timeout-warning")).isFalse();
            officer.waitUntilShown("timeout-warning", Duration.ofSeconds(30)).screenshot("timeout-warning");
            assertThat(officer.text("timeout-warning")).contains("You will be signed out soon", "Stay signed in");
            officer.press("stay-signed-in").waitUntilHidden("timeout-warning", Duration.ofSeconds(10));
            officer.open("/work-tray");
            assertThat(officer.heading()).isEqualTo("Work tray");
        }
    }

    @Test
    void a_form_sent_after_the_session_ended_returns_to_its_page_after_signing_in() {
        try (Browser officer = new Browser(queries.port(), "session-expired")) {
            officer.signIn("officer").open("/cases/new").type("childName", "Late Madeup").forgetSession().click("log-request");
            assertThat(officer.url()).endsWith("/sign-in");
            officer.type("username", "officer").type("password", "officer").click("sign-in").screenshot("back-on-the-form");
            assertThat(officer.url()).endsWith("/cases/new");
            assertThat(officer.heading()).isEqualTo("Log a request for an EHC needs assessment");
        }
    }

    @Test
    void a_page_not_found_or_refused_keeps_the_signed_in_header() {
        try (Browser officer = new Browser(queries.port(), "session-errors")) {
            officer.signIn("officer").open("/cases/00000000-0000-0000-0000-000000000000").screenshot("not-found");
            assertThat(officer.heading()).isEqualTo("Page not found");
            assertThat(officer.text("navigation")).contains("Work tray", "Find a case");
            officer.open("/admin/read-models").screenshot("no-access");
            assertThat(officer.heading()).isEqualTo("You do not have access to this page");
            assertThat(officer.text("navigation")).contains("Work tray");
            officer.open("/no-such-page");
            assertThat(officer.heading()).isEqualTo("Page not found");
            assertThat(officer.text("navigation")).contains("Work tray");
        }
    }
}
