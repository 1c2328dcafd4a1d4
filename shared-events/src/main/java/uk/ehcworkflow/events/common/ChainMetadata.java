package uk.ehcworkflow.events.common;

/**
 * Metadata keys that chain each event to the one before it in its aggregate's stream, so that
 * any later edit of a stored event can be detected.
 */
public final class ChainMetadata {
    /** SHA-256 (hex) of the previous event's hash and this event's immutable content. */
    public static final String HASH = "hash";
    /** The hash of the previous event of the same aggregate; {@link #GENESIS} for the first. */
    public static final String PREVIOUS_HASH = "previousHash";
    public static final String GENESIS = "0".repeat(64);

    private ChainMetadata() {
    }
}
