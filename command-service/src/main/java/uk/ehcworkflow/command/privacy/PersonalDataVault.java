package uk.ehcworkflow.command.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.privacy.PersonalDataSeal;
import uk.ehcworkflow.events.privacy.PersonalDetails;

/**
 * Seals personal data with one AES-GCM key per data subject, kept in a table apart from the
 * events. Events are never edited; erasing a subject's key is what erases their data.
 */
@Component
public class PersonalDataVault {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ErasureRegister register;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataVault(JdbcTemplate jdbc, ObjectMapper json, ErasureRegister register) {
        this.jdbc = jdbc;
        this.json = json;
        this.register = register;
    }

    public SealedPersonalData seal(String subjectId, PersonalDetails details) {
        byte[] key = newKey();
        jdbc.update("INSERT INTO personal_data_key (key_id, secret, created_at) VALUES (?, ?, ?)",
                subjectId, key, OffsetDateTime.now());
        try {
            return PersonalDataSeal.seal(key, subjectId, json.writeValueAsBytes(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Personal details cannot be written as JSON", e);
        }
    }

    /**
     * Seals more of a subject's details (a child's profile, say) under the key they already have,
     * so that erasing that one key erases these too; empty once it was erased.
     */
    public Optional<SealedPersonalData> sealMore(String subjectId, Object details) {
        return key(subjectId).map(key -> {
            try {
                return PersonalDataSeal.seal(key, subjectId, json.writeValueAsBytes(details));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Personal details cannot be written as JSON", e);
            }
        });
    }

    /** Seals bytes as they are (a file the family gave) under the subject's key; empty once it was erased. */
    public Optional<SealedPersonalData> sealBytes(String subjectId, byte[] content) {
        return key(subjectId).map(key -> PersonalDataSeal.seal(key, subjectId, content));
    }

    /** What {@link #sealBytes} sealed; empty once the subject's key has been erased. */
    public Optional<byte[]> openBytes(SealedPersonalData data) {
        return key(data.keyId()).map(key -> PersonalDataSeal.open(key, data));
    }

    private Optional<byte[]> key(String subjectId) {
        return jdbc.query("SELECT secret FROM personal_data_key WHERE key_id = ?", (row, n) -> row.getBytes(1), subjectId)
                .stream().findFirst();
    }

    /** The details, or empty once the subject's key has been erased. */
    public Optional<PersonalDetails> open(SealedPersonalData data) {
        return open(data, PersonalDetails.class);
    }

    /** What {@link #sealMore} sealed, read as {@code type}; empty once the subject's key has been erased. */
    public <T> Optional<T> open(SealedPersonalData data, Class<T> type) {
        return key(data.keyId()).map(key -> {
            try {
                return json.readValue(PersonalDataSeal.open(key, data), type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Forget a subject: their sealed data can no longer be opened by anyone. The erasure goes into
     * the register first, so that no restore of an earlier backup can bring the key back.
     */
    public void erase(String subjectId) {
        register.record(subjectId);
        jdbc.update("DELETE FROM personal_data_key WHERE key_id = ?", subjectId);
    }

    private byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }
}
