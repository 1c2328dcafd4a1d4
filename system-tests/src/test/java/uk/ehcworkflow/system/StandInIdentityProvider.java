package uk.ehcworkflow.system;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An identity provider as GOV.UK One Login behaves, standing in for one at the boundary: OIDC
 * discovery, an authorize endpoint that signs in whoever the test says is at the keyboard, a token
 * endpoint that accepts only a client assertion signed with the key the service registered (no
 * secret), ID tokens signed ES256, and a userinfo endpoint giving the person's email and whether it
 * was verified. It also mints the staff's bearer tokens, as the staff's provider would.
 */
final class StandInIdentityProvider implements AutoCloseable {

    static final String FAMILY_CLIENT = "ehc-families";
    /** The staff's client, which authenticates with a secret, as most staff providers take. */
    static final String STAFF_CLIENT = "ehc-pages";
    static final String STAFF_SECRET = "made-up-secret";

    /**
     * Who signs in next at the authorize endpoint: their address and whether the provider verified it;
     * for a member of staff, their role (the staff's provider signs their ID token RS256 with it).
     */
    record Person(String email, boolean verified, String role) {

        static Person family(String email, boolean verified) {
            return new Person(email, verified, null);
        }
    }

    private final HttpServer server;
    private final ECKey signingKey;
    private final RSAKey staffSigningKey;
    private final KeyPair clientKey;
    private final Path clientKeyFile;
    private volatile Person atTheKeyboard;
    private final Map<String, String> nonceByCode = new ConcurrentHashMap<>();
    private final Map<String, Person> personByCode = new ConcurrentHashMap<>();
    private final Map<String, Person> personByAccessToken = new ConcurrentHashMap<>();
    /** How each token request authenticated: "assertion" (verified), or what was wrong. */
    final List<String> tokenRequests = new CopyOnWriteArrayList<>();

    StandInIdentityProvider(Path folder) throws Exception {
        signingKey = new ECKeyGenerator(Curve.P_256).keyID("stand-in-1").generate();
        staffSigningKey = new RSAKeyGenerator(2048).keyID("stand-in-rsa").generate();
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        clientKey = rsa.generateKeyPair();
        clientKeyFile = folder.resolve("family-oidc.pem");
        Files.writeString(clientKeyFile, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(clientKey.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(clientKeyFile, PosixFilePermissions.fromString("rw-------"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
        server.createContext("/jwks", exchange -> json(exchange, 200,
                new JWKSet(List.of(signingKey.toPublicJWK(), staffSigningKey.toPublicJWK())).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/userinfo", this::userinfo);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The service's private key, whose public half this provider holds as registered. */
    Path clientKeyFile() {
        return clientKeyFile;
    }

    void signsIn(Person person) {
        atTheKeyboard = person;
    }

    /** A staff member's bearer token with the role claim the services read. */
    String staffToken(String user, String role) {
        return signed(new JWTClaimsSet.Builder().issuer(issuer()).subject(user).claim("role", role)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
    }

    private String discovery() {
        String issuer = issuer();
        return """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "userinfo_endpoint":"%1$s/userinfo","jwks_uri":"%1$s/jwks","response_types_supported":["code"],
                 "subject_types_supported":["pairwise"],"id_token_signing_alg_values_supported":["ES256","RS256"],
                 "token_endpoint_auth_methods_supported":["private_key_jwt","client_secret_basic"],"scopes_supported":["openid","email"]}"""
                .formatted(issuer);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        nonceByCode.put(code, query.getOrDefault("nonce", ""));
        personByCode.put(code, atTheKeyboard);
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        boolean staff = basic != null;
        String wrong = staff ? secretProblem(basic) : assertionProblem(request);
        tokenRequests.add(wrong == null ? (staff ? "secret" : "assertion") : wrong);
        if (wrong != null) {
            json(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"" + wrong + "\"}");
            return;
        }
        String code = request.get("code");
        Person person = personByCode.remove(code);
        String accessToken = UUID.randomUUID().toString();
        personByAccessToken.put(accessToken, person);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(subject(person))
                .audience(staff ? STAFF_CLIENT : FAMILY_CLIENT).claim("nonce", nonceByCode.remove(code)).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(180)));
        String idToken = staff ? signedForStaff(claims.claim("role", person.role()).build()) : signed(claims.build());
        json(exchange, 200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":180,"
                + "\"id_token\":\"" + idToken + "\"}");
    }

    /** What is wrong with the staff client's secret; null when nothing is. */
    private static String secretProblem(String basic) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((STAFF_CLIENT + ":" + STAFF_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        return expected.equals(basic) ? null : "the staff client's secret is wrong";
    }

    /** What is wrong with the client's proof of itself, as One Login checks it; null when nothing is. */
    private String assertionProblem(Map<String, String> request) {
        if (request.containsKey("client_secret")) {
            return "a secret was sent";
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(request.get("client_assertion_type"))) {
            return "no client assertion";
        }
        try {
            SignedJWT assertion = SignedJWT.parse(request.get("client_assertion"));
            JWTClaimsSet claims = assertion.getJWTClaimsSet();
            if (!assertion.verify(new RSASSAVerifier((RSAPublicKey) clientKey.getPublic()))) {
                return "the assertion's signature is not the registered key's";
            }
            if (!FAMILY_CLIENT.equals(claims.getIssuer()) || !FAMILY_CLIENT.equals(claims.getSubject())
                    || !claims.getAudience().contains(issuer() + "/token") || claims.getExpirationTime().before(new Date())) {
                return "the assertion's claims are wrong";
            }
            return null;
        } catch (java.text.ParseException | JOSEException e) {
            return "the assertion cannot be read";
        }
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Person person = authorization == null ? null : personByAccessToken.get(authorization.replace("Bearer ", ""));
        if (person == null) {
            json(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        json(exchange, 200, "{\"sub\":\"" + subject(person) + "\",\"email\":\"" + person.email() + "\",\"email_verified\":"
                + person.verified() + "}");
    }

    private static String subject(Person person) {
        return person.role() != null ? person.email()
                : "urn:fdc:stand-in:" + UUID.nameUUIDFromBytes(person.email().getBytes(StandardCharsets.UTF_8));
    }

    private String signedForStaff(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(staffSigningKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(staffSigningKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String signed(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> form = new HashMap<>();
        if (encoded == null) {
            return form;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
