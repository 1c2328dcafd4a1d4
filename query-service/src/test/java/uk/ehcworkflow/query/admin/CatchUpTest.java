package uk.ehcworkflow.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatchUpTest {

    private static final long HEAD = 900_000;
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    private final CatchUp catchUp = new CatchUp();

    @Test
    void read_models_keeping_up_are_not_mentioned() {
        assertThat(catchUp.observe(List.of(running("timeliness", HEAD - 500), running("audit-log", HEAD)), START)).isEmpty();
    }

    @Test
    void read_models_far_behind_are_reported_by_the_slowest_then_with_its_rate_and_time_to_go() {
        assertThat(catchUp.observe(List.of(running("timeliness", 300_000), running("audit-log", 100_000)), START))
                .hasValue("Read models are catching up with the event store: the slowest, 'audit-log', has 100,000 of 900,000 events");

        assertThat(catchUp.observe(List.of(running("timeliness", 330_000), running("audit-log", 130_000)), START.plusSeconds(30)))
                .hasValue("Read models catching up: the slowest, 'audit-log', has 130,000 of 900,000 events, at 1,000 events/s;"
                        + " about 770 s to go");
    }

    @Test
    void once_caught_up_they_say_so_once() {
        catchUp.observe(List.of(running("panels", 100_000)), START);

        assertThat(catchUp.observe(List.of(running("panels", HEAD)), START.plusSeconds(800)))
                .hasValue("Read models caught up with the event store (900,000 events), 800 s after they were first seen behind");
        assertThat(catchUp.observe(List.of(running("panels", HEAD)), START.plusSeconds(830))).isEmpty();
    }

    @Test
    void read_models_that_stopped_moving_are_reported_as_such() {
        catchUp.observe(List.of(running("panels", 100_000)), START);

        assertThat(catchUp.observe(List.of(running("panels", 100_000)), START.plusSeconds(30)))
                .hasValue("Read models catching up: the slowest, 'panels', has 100,000 of 900,000 events, and has not moved in 30 s");
    }

    @Test
    void a_read_model_being_rebuilt_is_left_to_the_rebuild_s_own_progress() {
        ProjectionRebuilds.Status paused = new ProjectionRebuilds.Status("audit-log", List.of("audit_log"), false, 0L, HEAD, null);

        assertThat(catchUp.observe(List.of(paused, running("panels", HEAD)), START)).isEmpty();
    }

    private static ProjectionRebuilds.Status running(String name, long position) {
        return new ProjectionRebuilds.Status(name, List.of(name), true, position, HEAD, null);
    }
}
