package uk.ehcworkflow.query.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The service proving itself to the families' identity provider as GOV.UK One Login asks (ADR 49):
 * the token request over real HTTP carries a JWT signed with the service's RSA key and no secret;
 * ID tokens signed ES256 are checked with the provider's published keys. The provider is the
 * boundary: a small HTTP server here stands for its token and key endpoints.
 */
class FamilyProviderClientTest {

    @TempDir
    Path folder;

    private HttpServer provider;
    private final AtomicReference<String> tokenRequest = new AtomicReference<>();
    private final AtomicReference<String> tokenRequestAuthorization = new AtomicReference<>();
    private final ECKey providerKey = new ECKeyGenerator(Curve.P_256).keyID("provider-1").generate();
    private KeyPair serviceKey;

    FamilyProviderClientTest() throws Exception {
    }

    @BeforeEach
    void provider() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        serviceKey = generator.generateKeyPair();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/token", exchange -> {
            tokenRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            tokenRequestAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            respond(exchange, "{\"access_token\":\"made-up\",\"token_type\":\"Bearer\",\"expires_in\":180}");
        });
        provider.createContext("/jwks", exchange -> respond(exchange, new JWKSet(providerKey.toPublicJWK()).toString()));
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + provider.getAddress().getPort() + path;
    }

    private ClientRegistration registration(String id, ClientAuthenticationMethod method) {
        return ClientRegistration.withRegistrationId(id).clientId("ehc-families").clientSecret(
                        method == ClientAuthenticationMethod.PRIVATE_KEY_JWT ? null : "made-up-secret")
                .clientAuthenticationMethod(method).authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("https://pages.example/login/oauth2/code/" + id).authorizationUri(url("/authorize"))
                .tokenUri(url("/token")).jwkSetUri(url("/jwks")).scope("openid", "email").build();
    }

    private Path keyFile() throws IOException {
        Path file = folder.resolve("family-oidc.pem");
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(serviceKey.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static StaticListableBeanFactory with(ClientRegistrationRepository repository) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (repository != null) {
            beans.addBean("registrations", repository);
        }
        return beans;
    }

    private FamilyProviderClient client(String keyFile, String algorithm, ClientRegistrationRepository repository) {
        return new FamilyProviderClient(keyFile, "service-key-1", algorithm,
                with(repository).getBeanProvider(ClientRegistrationRepository.class));
    }

    private static OAuth2AuthorizationCodeGrantRequest codeFor(ClientRegistration registration) {
        OAuth2AuthorizationRequest asked = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(registration.getProviderDetails().getAuthorizationUri()).clientId(registration.getClientId())
                .redirectUri(registration.getRedirectUri()).state("made-up-state").build();
        OAuth2AuthorizationResponse answered = OAuth2AuthorizationResponse.success("made-up-code").state("made-up-state")
                .redirectUri(registration.getRedirectUri()).build();
        return new OAuth2AuthorizationCodeGrantRequest(registration, new OAuth2AuthorizationExchange(asked, answered));
    }

    private Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    @Test
    void the_token_request_carries_a_jwt_signed_with_the_services_key_naming_the_client_and_the_token_endpoint_and_no_secret()
            throws Exception {
        ClientRegistration family = registration(FamilyIdentityProvider.REGISTRATION, ClientAuthenticationMethod.PRIVATE_KEY_JWT);

        client(keyFile().toString(), "ES256", new InMemoryClientRegistrationRepository(family)).tokenResponses()
                .getTokenResponse(codeFor(family));

        Map<String, String> sent = form(tokenRequest.get());
        assertThat(sent).containsEntry("grant_type", "authorization_code").containsEntry("code", "made-up-code")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .doesNotContainKey("client_secret");
        assertThat(tokenRequestAuthorization.get()).isNull();
        SignedJWT assertion = SignedJWT.parse(sent.get("client_assertion"));
        assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(assertion.getHeader().getKeyID()).isEqualTo("service-key-1");
        assertThat(assertion.verify(new RSASSAVerifier((RSAPublicKey) serviceKey.getPublic()))).isTrue();
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("ehc-families");
        assertThat(claims.getSubject()).isEqualTo("ehc-families");
        assertThat(claims.getAudience()).containsExactly(url("/token"));
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(300));
    }

    @Test
    void a_provider_that_takes_a_secret_still_gets_the_secret_and_no_jwt() throws Exception {
        ClientRegistration staff = registration("ehc", ClientAuthenticationMethod.CLIENT_SECRET_BASIC);

        client(keyFile().toString(), "RS256", new InMemoryClientRegistrationRepository(staff)).tokenResponses()
                .getTokenResponse(codeFor(staff));

        assertThat(form(tokenRequest.get())).doesNotContainKey("client_assertion");
        assertThat(tokenRequestAuthorization.get()).startsWith("Basic ");
    }

    @Test
    void the_families_id_tokens_are_checked_by_their_providers_algorithm_and_the_staffs_by_oidcs_default() throws Exception {
        SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("provider-1").build(),
                new JWTClaimsSet.Builder().issuer(url("")).subject("made-up-subject").audience("ehc-families")
                        .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(120))).build());
        idToken.sign(new ECDSASigner(providerKey));
        FamilyProviderClient client = client("", "ES256", null);

        ClientRegistration family = registration(FamilyIdentityProvider.REGISTRATION, ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(client.idTokenDecoders().createDecoder(family).decode(idToken.serialize()).getSubject())
                .isEqualTo("made-up-subject");
        ClientRegistration staff = registration("ehc", ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThatThrownBy(() -> client.idTokenDecoders().createDecoder(staff).decode(idToken.serialize()))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void the_service_will_not_start_asked_to_sign_with_no_key_or_with_a_key_it_cannot_read() throws Exception {
        ClientRegistration family = registration(FamilyIdentityProvider.REGISTRATION, ClientAuthenticationMethod.PRIVATE_KEY_JWT);
        assertThatThrownBy(() -> client("", "RS256", new InMemoryClientRegistrationRepository(family)))
                .hasMessageContaining("EHC_FAMILY_OIDC_PRIVATE_KEY_FILE");

        Path publicOnly = folder.resolve("public.pem");
        Files.writeString(publicOnly, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(serviceKey.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        assertThatThrownBy(() -> client(publicOnly.toString(), "RS256", null)).hasMessageContaining("PKCS#8 PEM");
        assertThatThrownBy(() -> client("", "none-such", null)).hasMessageContaining("RS256 or ES256");
        assertThat(List.of(client("", "es256", null))).hasSize(1);
    }
}
