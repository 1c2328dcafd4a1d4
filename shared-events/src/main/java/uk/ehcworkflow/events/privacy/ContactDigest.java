package uk.ehcworkflow.events.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a family member's email address is known without being kept in the clear (ADR 43): HMAC-SHA256
 * under the {@value #KEY_ID} key, kept with the children's keys, of the address as it is compared
 * (without surrounding spaces, in lower case). The command side writes it into the invitation; the
 * pages work it out from the address typed at sign-in, and find the invitations it names.
 */
public final class ContactDigest {

    /** The key's id among the children's keys in the command store. */
    public static final String KEY_ID = "family-contact";

    /** One @, something either side, a dot in the domain, no spaces: what a mail server accepts, not every RFC 5322 form. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    /** The longest address SMTP carries (RFC 5321's path limit less its brackets). */
    public static final int LONGEST = 254;

    private ContactDigest() {
    }

    /** Whether what was typed, without surrounding spaces, can be written to: the invitation's and the sign-in's one check. */
    public static boolean isAddress(String email) {
        String address = email == null ? "" : email.strip();
        return address.length() <= LONGEST && ADDRESS.matcher(address).matches();
    }

    /** The address as two spellings of one mailbox compare: people type capitals into addresses that have none. */
    public static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static String of(byte[] key, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalised(email).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
