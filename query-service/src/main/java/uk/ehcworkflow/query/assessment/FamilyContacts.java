package uk.ehcworkflow.query.assessment;

import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.privacy.ContactDigest;

/** The keyed hash an address typed at sign-in is known by (ADR 43), under the key kept with the children's. */
@Component
public class FamilyContacts {

    private final PersonalDataKeys keys;
    private volatile byte[] key;

    FamilyContacts(PersonalDataKeys keys) {
        this.keys = keys;
    }

    public String digest(String email) {
        byte[] known = key;
        if (known == null) {
            known = keys.key(ContactDigest.KEY_ID).orElseThrow(() -> new IllegalStateException("The key store holds no "
                    + ContactDigest.KEY_ID + " key: the command store's migrations have not run"));
            key = known;
        }
        return ContactDigest.of(known, email);
    }
}
