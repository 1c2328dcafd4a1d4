package uk.ehcworkflow.platform.metrics;

import java.time.Duration;

/**
 * The bucket bounds of the services' histograms. Histograms rather than quantiles, because a
 * quantile computed in one instance cannot be combined with another's, while buckets add up.
 */
public final class Buckets {

    /** A command or a request: the targets are p99 under 20 ms for reads and under 50 ms for commands. */
    public static final Duration[] LATENCY = durations(1, 2, 5, 10, 20, 50, 100, 250, 500, 1_000, 2_500, 10_000);

    /** From an event stored to its read models written: the target is p99 under a second. */
    public static final Duration[] LAG = durations(10, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000,
            300_000);

    /** Events a rebuild applies a second: the target is 20,000 and more. */
    public static final double[] RATE = {250, 500, 1_000, 2_500, 5_000, 10_000, 20_000, 50_000, 100_000};

    private Buckets() {
    }

    private static Duration[] durations(long... millis) {
        Duration[] durations = new Duration[millis.length];
        for (int i = 0; i < millis.length; i++) {
            durations[i] = Duration.ofMillis(millis[i]);
        }
        return durations;
    }
}
