package uk.ehcworkflow.events.common;

/**
 * Personal data (a child's name and date of birth) encrypted with a key held outside the
 * event store, so that erasing the key erases the data while the event stays immutable.
 *
 * @param keyId  which key sealed it (one key per data subject)
 * @param sealed Base64 of the nonce followed by the AES-GCM ciphertext
 */
public record SealedPersonalData(String keyId, String sealed) {
}
