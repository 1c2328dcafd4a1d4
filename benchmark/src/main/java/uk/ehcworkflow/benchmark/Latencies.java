package uk.ehcworkflow.benchmark;

import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Timings of one kind of operation, thread-safe to add to, read back in milliseconds. */
final class Latencies {

    /** Three significant digits, from a microsecond up to any length: auto-resizing. */
    private final Histogram micros = new ConcurrentHistogram(3);
    private final AtomicLong failed = new AtomicLong();

    void add(long nanos) {
        micros.recordValue(Math.max(1, nanos / 1_000));
    }

    void fail() {
        failed.incrementAndGet();
    }

    long failed() {
        return failed.get();
    }

    long count() {
        return micros.getTotalCount();
    }

    double percentile(double p) {
        return count() == 0 ? Double.NaN : micros.getValueAtPercentile(p) / 1_000.0;
    }
}
