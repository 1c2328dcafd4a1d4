package uk.ehcworkflow.events.common;

/**
 * Keys of the metadata every command and event carries: who recorded it and under which
 * correlation. The event's own timestamp is when it was recorded.
 */
public final class ActorMetadata {
    public static final String USER = "user";
    public static final String ROLE = "role";
    /** The user recorded for what the service decided itself (a scheduled draw, a look at a family's dates): no person. */
    public static final String THE_SERVICE = "ehc-workflow";
    public static final String AGENCY = "agency";
    /** The same key Axon's message-origin provider uses, so events inherit it from their command. */
    public static final String CORRELATION_ID = "correlationId";

    private ActorMetadata() {
    }
}
