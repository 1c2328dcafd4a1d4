package uk.ehcworkflow.query.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Where the slowest running read model stands against the head of the event store, from one look to the next. */
class CatchUp {

    /** Fewer events behind than this is the read models keeping up, not catching up. */
    static final long BEHIND = 10_000;

    private Look catchingUp;

    private record Look(Instant since, long fromPosition, Instant at, long position) {
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
        Look previous = catchingUp;
        if (head - position < BEHIND) {
            catchingUp = null;
            return previous == null ? Optional.empty() : Optional.of(String.format(
                    "Read models caught up with the event store (%,d events), %d s after they were first seen behind", head,
                    Duration.between(previous.since(), now).toSeconds()));
        }
        catchingUp = new Look(previous == null ? now : previous.since(),
                previous == null ? position : previous.fromPosition(), now, position);
        String where = String.format("the slowest, '%s', has %,d of %,d events", slowest.get().name(), position, head);
        if (previous == null) {
            return Optional.of("Read models are catching up with the event store: " + where);
        }
        if (position == previous.position()) {
            return Optional.of(String.format("Read models catching up: %s, and has not moved in %d s", where,
                    Duration.between(previous.at(), now).toSeconds()));
        }
        double perSecond = (position - previous.fromPosition())
                / (double) Math.max(1, Duration.between(previous.since(), now).toSeconds());
        return Optional.of(String.format("Read models catching up: %s, at %,.0f events/s; about %,.0f s to go", where,
                perSecond, (head - position) / perSecond));
    }

    private static long position(ProjectionRebuilds.Status status) {
        return status.position() == null ? 0 : status.position();
    }
}
