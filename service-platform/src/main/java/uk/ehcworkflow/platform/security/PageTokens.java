package uk.ehcworkflow.platform.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jwt.JWTParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Short-lived bearer tokens with which the pages send a signed-in person's commands to the
 * command service as that person (ADR 20): the person's id, role and agency, signed with a key
 * both services read from one file. The browser never holds one; each lives five minutes.
 */
public final class PageTokens {

    static final String ISSUER = "ehc-workflow-pages";
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int KEY_BYTES = 32;

    private final SecretKey key;

    private PageTokens(SecretKey key) {
        this.key = key;
    }

    /** The key in the file, made (readable by its owner only) by whichever service needs it first. */
    public static PageTokens fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] secret = Files.readAllBytes(file);
            if (secret.length < KEY_BYTES) {
                throw new IllegalStateException("The page token key " + file + " is shorter than " + KEY_BYTES + " bytes");
            }
            return new PageTokens(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (IOException e) {
            throw new UncheckedIOException("The page token key " + file + " cannot be read or made", e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] secret = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(secret);
        Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), "page-token", ".tmp");
        try {
            Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the folder's own permissions protect the file
        }
        Files.write(draft, secret);
        try {
            // without REPLACE_EXISTING: when both services make one at once, the first one wins
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException lost) {
            Files.deleteIfExists(draft);
        }
    }

    public String mint(Actor actor, Instant now) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(ISSUER).subject(actor.user())
                .issuedAt(now).expiresAt(now.plus(LIFETIME)).claim("role", actor.role().name());
        actor.agencyIfAny().ifPresent(agency -> claims.claim("agency", agency));
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }

    /** Whether a bearer token says it was minted by the pages (its signature is checked when it is decoded). */
    public static boolean isPageToken(String token) {
        try {
            return ISSUER.equals(JWTParser.parse(token).getJWTClaimsSet().getIssuer());
        } catch (ParseException notAJwt) {
            return false;
        }
    }

    /**
     * Where people sign in through an identity provider: the pages' tokens are decoded with the
     * pages' key, every other bearer token by the provider's decoder.
     */
    public JwtDecoder besides(JwtDecoder identityProvider) {
        JwtDecoder pages = decoder();
        return token -> isPageToken(token) ? pages.decode(token) : identityProvider.decode(token);
    }

    public JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(JwtValidators.createDefault(),
                new JwtClaimValidator<String>("iss", ISSUER::equals))));
        return decoder;
    }
}
