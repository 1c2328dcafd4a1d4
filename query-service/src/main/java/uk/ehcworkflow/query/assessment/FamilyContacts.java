package uk.ehcworkflow.query.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.privacy.ContactDigest;

/**
 * A family member's address (ADR 43): the keyed hash an address typed at sign-in is known by, under
 * the key kept with the children's; and the address an invitation sealed under the child's key,
 * opened for those who work the case, and not once the child's data is erased.
 */
@Component
public class FamilyContacts {

    private final PersonalDataKeys keys;
    private final SealedDetails sealedDetails;
    private volatile byte[] key;

    FamilyContacts(PersonalDataKeys keys, SealedDetails sealedDetails) {
        this.keys = keys;
        this.sealedDetails = sealedDetails;
    }

    /** What a family member wrote with their advice, and the name of the file they gave (ADR 45). */
    public record AdviceText(String views, String fileName) {
    }

    /** The address sealed in an invitation; empty once its child's key was erased (or for an invitation read before it was kept). */
    public Optional<String> address(SealedPersonalData contact) {
        return opened(contact).map(opened -> opened.path("email").asText());
    }

    /** A family's advice as they gave it, for those who work the case; empty once the child's key was erased. */
    public Optional<AdviceText> advice(SealedPersonalData advice) {
        return opened(advice).map(opened -> new AdviceText(opened.path("views").asText(""),
                opened.path("fileName").isTextual() ? opened.path("fileName").asText() : null));
    }

    private Optional<JsonNode> opened(SealedPersonalData sealed) {
        return sealedDetails.open(sealed);
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
