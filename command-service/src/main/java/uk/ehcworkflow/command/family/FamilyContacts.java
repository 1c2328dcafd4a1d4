package uk.ehcworkflow.command.family;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.events.privacy.ContactDigest;

/** Checks a family member's address and works out the keyed hash they will be known by (ADR 43). */
@Component
public class FamilyContacts {

    private final JdbcTemplate jdbc;
    private volatile byte[] key;

    FamilyContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The address as it will be written to, or a refusal naming the field. */
    public static String checked(String email) {
        if (!ContactDigest.isAddress(email)) {
            throw new InvalidField("email", "not-an-email-address", "email must be an email address such as "
                    + "name@example.org, of at most " + ContactDigest.LONGEST + " characters.");
        }
        return email.strip();
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
