package uk.ehcworkflow.events.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * How a child's details are sealed into an event and opened again: AES-256-GCM under the
 * child's own key, with the subject id bound in as associated data so that a sealed value cannot
 * be moved to another subject (ADR 4). The command side seals; whoever holds the key may open.
 * What is sealed is {@link PersonalDetails} as JSON, written and read by each side's own mapper.
 */
public final class PersonalDataSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalDataSeal() {
    }

    public static SealedPersonalData seal(byte[] key, String subjectId, byte[] details) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, subjectId).doFinal(details);
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return new SealedPersonalData(subjectId, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing personal data failed", e);
        }
    }

    public static byte[] open(byte[] key, SealedPersonalData data) {
        ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(data.sealed()));
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        try {
            return cipher(Cipher.DECRYPT_MODE, key, nonce, data.keyId()).doFinal(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed personal data does not match its key", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String subjectId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
