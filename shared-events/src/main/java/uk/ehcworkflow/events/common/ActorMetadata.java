package uk.ehcworkflow.events.common;

/**
 * Keys of the metadata every command and event carries: who recorded it and under which
 * correlation. The event's own timestamp is when it was recorded.
 */
public final class ActorMetadata {
    public static final String USER = "user";
    public static final String ROLE = "role";
    public static final String AGENCY = "agency";
    /** The same key Axon's message-origin provider uses, so events inherit it from their command. */
    public static final String CORRELATION_ID = "correlationId";

    private ActorMetadata() {
    }
}
