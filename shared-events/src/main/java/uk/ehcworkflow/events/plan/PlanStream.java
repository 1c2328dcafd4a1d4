package uk.ehcworkflow.events.plan;

/**
 * The name of a plan's event stream. A plan issued here has its assessment's id, and the store
 * names each stream by an id unique across every kind of aggregate, so a plan's stream is its id
 * with a prefix: {@code plan:<id>}.
 */
public final class PlanStream {

    private static final String PREFIX = "plan:";

    private PlanStream() {
    }

    public static String of(String planId) {
        return PREFIX + planId;
    }

    /** The plan id a stream name holds. */
    public static String planIdOf(String stream) {
        if (!stream.startsWith(PREFIX)) {
            throw new IllegalArgumentException(stream + " is not a plan's stream");
        }
        return stream.substring(PREFIX.length());
    }
}
