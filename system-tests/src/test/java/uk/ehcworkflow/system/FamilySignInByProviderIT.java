package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;

/**
 * In production, families sign in at the area's identity provider (ADR 47) and, for GOV.UK One
 * Login, the service proves itself with a JWT signed by its own key and checks ES256 ID tokens
 * (ADR 49). Both services run with identity-provider sign-in against a stand-in provider: the
 * officer's API calls carry its bearer tokens; a parent is redirected there and back, and lands on
 * the case they were invited to; an address the provider did not verify is turned away; a member of
 * staff signs in at the same provider with the staff client's secret and returns to their page.
 */
class FamilySignInByProviderIT extends RunningServices {

    private static final String PARENT = "onelogin.parent@example.invalid";
    private StandInIdentityProvider provider;

    @Override
    protected String[] serviceArguments() {
        try {
            if (provider == null) {
                provider = new StandInIdentityProvider(Files.createTempDirectory("stand-in-provider"));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String issuer = provider.issuer();
        String client = "--spring.security.oauth2.client.";
        return new String[] {"--ehc.security.mode=JWT", "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                client + "registration.ehc.client-id=" + StandInIdentityProvider.STAFF_CLIENT,
                client + "registration.ehc.client-secret=" + StandInIdentityProvider.STAFF_SECRET,
                client + "registration.ehc.scope=openid", client + "provider.ehc.issuer-uri=" + issuer,
                client + "registration.family.client-id=" + StandInIdentityProvider.FAMILY_CLIENT,
                client + "registration.family.client-authentication-method=private_key_jwt",
                client + "registration.family.scope=openid,email", client + "provider.family.issuer-uri=" + issuer,
                "--ehc.family-sign-in.private-key-file=" + provider.clientKeyFile(),
                "--ehc.family-sign-in.id-token-algorithm=ES256"};
    }

    @AfterAll
    void stopProvider() {
        provider.close();
    }

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private static HttpResponse<String> open(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> open(String url) throws Exception {
        return open(browser, url);
    }

    /** Follows the redirects from the service to the provider and back, as a browser would; the last answer. */
    private HttpResponse<String> follow(HttpClient client, String url) throws Exception {
        HttpResponse<String> answer = open(client, url);
        for (int hops = 0; answer.statusCode() == 302 && hops < 10; hops++) {
            String next = answer.headers().firstValue("Location").orElseThrow();
            answer = open(client, next.startsWith("/") ? "http://127.0.0.1:" + queries.port() + next : next);
        }
        return answer;
    }

    /** The answer to a staff member's read once it satisfies {@code done}, waiting for the read models. */
    private String awaitAs(String token, String path, Predicate<String> done) throws InterruptedException {
        String body = "";
        for (int tries = 0; tries < 300; tries++) {
            body = api.callWithToken(token, "GET", queries.port(), path, null, null).body();
            if (done.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never came to what was waited for; last answer " + body);
    }

    @Test
    void a_parent_signs_in_at_the_provider_which_takes_the_services_signed_assertion_and_lands_on_their_invited_case()
            throws Exception {
        String officer = provider.staffToken("officer-onelogin", "CASE_OFFICER");
        Api.Answer created = api.callWithToken(officer, "POST", commands.port(), "/api/assessments", "application/json", """
                {"childName":"Orla Madeup","dateOfBirth":"2016-06-06","requestReceivedOn":"2026-11-02","requestSource":"PARENT"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("assessmentId").asText();
        Api.Answer invited = api.callWithToken(officer, "POST", commands.port(), "/api/assessments/" + caseId
                + "/family-invitations", "application/json", "{\"email\":\"" + PARENT + "\",\"relationship\":\"PARENT\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        awaitAs(officer, "/api/assessments/" + caseId, body -> body.contains("invitationId"));

        // the sign-in page offers the provider, and the emailed link is off
        HttpResponse<String> signInPage = open("http://127.0.0.1:" + queries.port() + "/family/sign-in");
        assertThat(signInPage.body()).contains("/oauth2/authorization/family");
        provider.tokenRequests.clear();
        provider.signsIn(StandInIdentityProvider.Person.family(PARENT, true));
        HttpResponse<String> landed = follow(browser, "http://127.0.0.1:" + queries.port() + "/oauth2/authorization/family");

        assertThat(provider.tokenRequests).containsExactly("assertion");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/family");
        assertThat(landed.body()).contains("/family/cases/" + caseId);
        // arrived as after an emailed sign-in: the invitation taken up, as them, and the sign-in in the audit trail
        awaitAs(officer, "/api/assessments/" + caseId, body -> body.contains("\"acceptedAt\":\"20"));
        assertThat(awaitAs(provider.staffToken("auditor-onelogin", "AUDITOR"), "/api/audit?aggregateId=" + caseId + "&size=200",
                body -> body.contains("family sign-in"))).contains("PersonalDataViewed", "family:");
        HttpResponse<String> ownCase = open("http://127.0.0.1:" + queries.port() + "/family/cases/" + caseId);
        assertThat(ownCase.statusCode()).isEqualTo(200);
        assertThat(ownCase.body()).contains("Orla Madeup", "We are deciding whether to carry out an EHC needs assessment");
        assertThat(open("http://127.0.0.1:" + queries.port() + "/cases/" + caseId).statusCode()).isEqualTo(403);
    }

    @Test
    void an_address_the_provider_did_not_verify_is_sent_back_to_the_sign_in_page_and_sees_no_case() throws Exception {
        HttpClient stranger = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        provider.signsIn(StandInIdentityProvider.Person.family("unverified.parent@example.invalid", false));
        HttpResponse<String> answer = follow(stranger, "http://127.0.0.1:" + queries.port() + "/oauth2/authorization/family");
        assertThat(answer.uri().toString()).contains("/family/sign-in?failed");
        assertThat(answer.statusCode()).isEqualTo(200);
        HttpResponse<String> family = open(stranger, "http://127.0.0.1:" + queries.port() + "/family");
        assertThat(family.statusCode()).isEqualTo(302);
        assertThat(family.headers().firstValue("Location").orElse("")).contains("/family/sign-in");
    }

    /** Staff sign in at their own provider with the client's secret, and come back to the page they asked for. */
    @Test
    void an_officer_who_opens_a_page_signs_in_at_the_staffs_provider_and_comes_back_to_that_page() throws Exception {
        HttpClient officer = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        provider.signsIn(new StandInIdentityProvider.Person("officer-idp", true, "CASE_OFFICER"));
        HttpResponse<String> landed = follow(officer, "http://127.0.0.1:" + queries.port() + "/cases");

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/cases");
        assertThat(provider.tokenRequests).contains("secret").doesNotContain("the staff client's secret is wrong");
        assertThat(open(officer, "http://127.0.0.1:" + queries.port() + "/family").statusCode()).isEqualTo(403);
    }
}
