package uk.ehcworkflow.query.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.privacy.PersonalDataSeal;

/**
 * Details sealed under a child's key besides their name (a family's address or words, an auditor's
 * comments), opened for those who may read them; empty once the child's key was erased.
 */
@Component
public class SealedDetails {

    private final PersonalDataKeys keys;
    private final ObjectMapper json;

    SealedDetails(PersonalDataKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** The sealed JSON, opened; empty for nothing sealed or an erased key. */
    public Optional<JsonNode> open(SealedPersonalData sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        return keys.key(sealed.keyId()).map(childKey -> {
            try {
                return json.readTree(PersonalDataSeal.open(childKey, sealed));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
