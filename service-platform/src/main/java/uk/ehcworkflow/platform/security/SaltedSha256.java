package uk.ehcworkflow.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks passwords that were configured in plain text. A deliberately slow hash (bcrypt) costs
 * tens of milliseconds of CPU on every request yet protects nothing here: the plain text is in
 * the configuration already. Salted SHA-256 with a constant-time comparison keeps it out of
 * memory dumps at no cost. Passwords configured as {@code {bcrypt}...} are still checked as bcrypt.
 */
final class SaltedSha256 implements PasswordEncoder {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String encode(CharSequence raw) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt) + "$" + HexFormat.of().formatHex(digest(salt, raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        int separator = encoded.indexOf('$');
        if (separator < 0) {
            return false;
        }
        byte[] salt = HexFormat.of().parseHex(encoded.substring(0, separator));
        byte[] expected = HexFormat.of().parseHex(encoded.substring(separator + 1));
        return MessageDigest.isEqual(expected, digest(salt, raw));
    }

    private static byte[] digest(byte[] salt, CharSequence raw) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(raw.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
