package uk.ehcworkflow.query.family;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.stereotype.Component;

/**
 * How the service proves itself to the families' identity provider, and checks what the provider
 * signs (ADR 49). GOV.UK One Login takes no client secret: the token request carries a JWT the
 * service signs with its own RSA key ({@code private_key_jwt}, RFC 7523), whose public half the area
 * registered with the provider; and One Login signs its ID tokens with ES256 by default, where
 * OIDC's default is RS256. A provider that takes a secret needs neither setting.
 */
@Component
public class FamilyProviderClient {

    private static final Logger log = LoggerFactory.getLogger(FamilyProviderClient.class);

    private final JWK signingKey;
    private final SignatureAlgorithm idTokenAlgorithm;

    /**
     * @param privateKeyFile   the service's RSA private key, PKCS#8 PEM ({@code openssl genpkey -algorithm RSA}); none to sign nothing
     * @param keyId            the key's id as registered with the provider, sent as the JWT's {@code kid}; may be empty
     * @param idTokenAlgorithm how the families' provider signs its ID tokens: RS256 (OIDC's default) or ES256 (One Login's)
     * @param registrations    the identity providers' client registrations, where people sign in at one (production)
     */
    FamilyProviderClient(@Value("${ehc.family-sign-in.private-key-file:}") String privateKeyFile,
                         @Value("${ehc.family-sign-in.key-id:}") String keyId,
                         @Value("${ehc.family-sign-in.id-token-algorithm:RS256}") String idTokenAlgorithm,
                         ObjectProvider<ClientRegistrationRepository> registrations) {
        this.signingKey = privateKeyFile.isBlank() ? null : rsaKey(Path.of(privateKeyFile), keyId);
        this.idTokenAlgorithm = SignatureAlgorithm.from(idTokenAlgorithm.strip().toUpperCase());
        if (this.idTokenAlgorithm == null) {
            throw new IllegalStateException("ehc.family-sign-in.id-token-algorithm must be a JWS signature algorithm such as "
                    + "RS256 or ES256, not " + idTokenAlgorithm);
        }
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        ClientRegistration family = repository == null ? null : repository.findByRegistrationId(FamilyIdentityProvider.REGISTRATION);
        if (family != null && ClientAuthenticationMethod.PRIVATE_KEY_JWT.equals(family.getClientAuthenticationMethod())
                && signingKey == null) {
            throw new IllegalStateException("The families' sign-in authenticates with private_key_jwt, but no key is set: set "
                    + "EHC_FAMILY_OIDC_PRIVATE_KEY_FILE (ehc.family-sign-in.private-key-file) to the RSA private key whose public "
                    + "half is registered with the identity provider");
        }
    }

    /** Asks for tokens as each registration says: with its secret, or with a JWT signed by the service's key. */
    public OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenResponses() {
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.addParametersConverter(new NimbusJwtClientAuthenticationParametersConverter<>(registration ->
                ClientAuthenticationMethod.PRIVATE_KEY_JWT.equals(registration.getClientAuthenticationMethod()) ? signingKey : null));
        return client;
    }

    /** Checks the families' ID tokens by their provider's algorithm, and the staff's by OIDC's default. */
    public JwtDecoderFactory<ClientRegistration> idTokenDecoders() {
        OidcIdTokenDecoderFactory decoders = new OidcIdTokenDecoderFactory();
        decoders.setJwsAlgorithmResolver(registration -> FamilyIdentityProvider.REGISTRATION.equals(registration.getRegistrationId())
                ? idTokenAlgorithm : SignatureAlgorithm.RS256);
        return decoders;
    }

    private static JWK rsaKey(Path file, String keyId) {
        try {
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ)) {
                    log.warn("The families' sign-in key file {} can be read by others than the service's user: make it mode 600", file);
                }
            }
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
                throw new IllegalStateException("The families' sign-in key " + file + " is not a PKCS#8 PEM private key "
                        + "(-----BEGIN PRIVATE KEY-----): make one with openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048");
            }
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey.Builder key = new RSAKey.Builder(publicKey).privateKey(privateKey);
            return (keyId.isBlank() ? key : key.keyID(keyId.strip())).build();
        } catch (IOException e) {
            throw new UncheckedIOException("The families' sign-in key " + file + " cannot be read", e);
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("The families' sign-in key " + file + " is not an RSA private key in PKCS#8 PEM", e);
        }
    }
}
