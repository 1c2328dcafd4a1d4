package uk.ehcworkflow.command.family;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.events.privacy.ContactDigest;

/** Checks a family member's address and works out the keyed hash they will be known by (ADR 43). */
@Component
public class FamilyContacts {

    /** One @, something either side, a dot in the domain, no spaces: what a mail server accepts, not every RFC 5322 form. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    /** The longest address SMTP carries (RFC 5321's path limit less its brackets). */
    private static final int LONGEST = 254;

    private final JdbcTemplate jdbc;
    private volatile byte[] key;

    FamilyContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The address as it will be written to, or a refusal naming the field. */
    public static String checked(String email) {
        String address = email == null ? "" : email.strip();
        if (address.length() > LONGEST || !ADDRESS.matcher(address).matches()) {
            throw new InvalidField("email", "not-an-email-address", "email must be an email address such as "
                    + "name@example.org, of at most " + LONGEST + " characters.");
        }
        return address;
    }

    public String digest(String email) {
        byte[] known = key;
        if (known == null) {
            known = jdbc.query("SELECT secret FROM personal_data_key WHERE key_id = ?", (row, n) -> row.getBytes(1),
                    ContactDigest.KEY_ID).stream().findFirst().orElseThrow(() -> new IllegalStateException(
                    "The key store holds no " + ContactDigest.KEY_ID + " key: the command store's migrations have not run"));
            key = known;
        }
        return ContactDigest.of(known, email);
    }
}
