package uk.ehcworkflow.query.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Where the slowest running read model stands against the head of the event store, from one look to the next. */
class CatchUp {

    /** Fewer events behind than this is the read models keeping up, not catching up. */
    private static final long BEHIND = 10_000;

    /** The slowest read model's position when it was first seen behind, and at the last look; null when keeping up. */
    private Seen first;
    private Seen last;

    private record Seen(Instant at, long position) {
    }

    /** What to say about the read models as they stand now, if anything. A read model being rebuilt has its own progress. */
    Optional<String> observe(List<ProjectionRebuilds.Status> statuses, Instant now) {
        Optional<ProjectionRebuilds.Status> slowest = statuses.stream().filter(ProjectionRebuilds.Status::processorRunning)
                .min(Comparator.comparingLong(CatchUp::position));
        if (slowest.isEmpty()) {
            return Optional.empty();
        }
        long position = position(slowest.get());
        long head = slowest.get().head();
        Seen start = first;
        Seen previous = last;
        if (head - position < BEHIND) {
            first = null;
            last = null;
            return start == null ? Optional.empty() : Optional.of(String.format(
                    "Read models caught up with the event store (%,d events), %d s after they were first seen behind", head,
                    seconds(start.at(), now)));
        }
        last = new Seen(now, position);
        String where = String.format("the slowest, '%s', has %,d of %,d events", slowest.get().name(), position, head);
        if (start == null) {
            first = last;
            return Optional.of("Read models are catching up with the event store: " + where);
        }
        if (position == previous.position()) {
            return Optional.of(String.format("Read models catching up: %s, and has not moved in %d s", where,
                    seconds(previous.at(), now)));
        }
        double perSecond = (position - start.position()) / (double) Math.max(1, seconds(start.at(), now));
        return Optional.of(String.format("Read models catching up: %s, at %,.0f events/s; about %,.0f s to go", where,
                perSecond, (head - position) / perSecond));
    }

    private static long seconds(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds();
    }

    private static long position(ProjectionRebuilds.Status status) {
        return status.position() == null ? 0 : status.position();
    }
}
