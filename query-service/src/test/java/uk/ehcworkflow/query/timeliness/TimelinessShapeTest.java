package uk.ehcworkflow.query.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.query.assessment.CaseFacts;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;
import uk.ehcworkflow.query.readmodel.ReadModelShapes;

/** Figures as known on past dates need documents the first timeliness read model did not write. */
class TimelinessShapeTest {

    private final ProjectionHarness harness = new ProjectionHarness();

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void a_fresh_store_is_marked_current_and_needs_no_rebuild() {
        TimelinessProjection projection = new TimelinessProjection(harness.collections());
        ReadModelShapes shapes = new ReadModelShapes(harness.database());

        assertThat(shapes.outdated(List.of(projection))).isEmpty();
        harness.append(CaseFacts.received("new", LocalDate.of(2024, 3, 1)).planIssuedAfterDays(100).events());
        harness.deliver(projection, 0, harness.size());
        assertThat(shapes.outdated(List.of(projection))).isEmpty();
    }

    @Test
    void a_fresh_store_killed_before_its_first_pass_switched_still_owes_the_pass_though_its_read_model_is_empty() {
        TimelinessProjection projection = new TimelinessProjection(harness.collections());
        ReadModelShapes shapes = new ReadModelShapes(harness.database());
        shapes.owe(List.of(TimelinessProjection.PROCESSOR));

        // the start after the kill: the live read model is still empty, the pass wrote only beside it
        shapes.outdated(List.of(projection));
        assertThat(shapes.owed()).containsExactly(TimelinessProjection.PROCESSOR);
    }

    @Test
    void figures_written_before_shapes_were_recorded_are_rebuilt_once() {
        TimelinessProjection projection = new TimelinessProjection(harness.collections());
        harness.append(CaseFacts.received("old", LocalDate.of(2024, 3, 1)).planIssuedAfterDays(100).events());
        harness.deliver(projection, 0, harness.size());
        ReadModelShapes shapes = new ReadModelShapes(harness.database());

        assertThat(shapes.outdated(List.of(projection))).containsExactly(TimelinessProjection.PROCESSOR);
        shapes.markCurrent(projection);
        assertThat(shapes.outdated(List.of(projection))).isEmpty();
    }
}
