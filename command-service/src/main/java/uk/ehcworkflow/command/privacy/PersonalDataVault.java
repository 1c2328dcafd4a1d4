package uk.ehcworkflow.command.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * Seals personal data with one AES-GCM key per data subject, kept in a table apart from the
 * events. Events are never edited; erasing a subject's key is what erases their data.
 */
@Component
public class PersonalDataVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataVault(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public SealedPersonalData seal(String subjectId, PersonalDetails details) {
        SecretKey key = newKey();
        jdbc.update("INSERT INTO personal_data_key (key_id, secret, created_at) VALUES (?, ?, ?)",
                subjectId, key.getEncoded(), OffsetDateTime.now());
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, subjectId);
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(details));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return new SealedPersonalData(subjectId, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing personal data failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The details, or empty once the subject's key has been erased. */
    public Optional<PersonalDetails> open(SealedPersonalData data) {
        List<byte[]> keys = jdbc.query("SELECT secret FROM personal_data_key WHERE key_id = ?",
                (row, n) -> row.getBytes(1), data.keyId());
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(data.sealed()));
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, new SecretKeySpec(keys.get(0), "AES"), nonce, data.keyId());
            return Optional.of(json.readValue(cipher.doFinal(sealed), PersonalDetails.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed personal data does not match its key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forget a subject: their sealed data can no longer be opened by anyone. */
    public void erase(String subjectId) {
        jdbc.update("DELETE FROM personal_data_key WHERE key_id = ?", subjectId);
    }

    private SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }

    /** The subject id is bound in as associated data, so a sealed value cannot be moved to another subject. */
    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String subjectId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
