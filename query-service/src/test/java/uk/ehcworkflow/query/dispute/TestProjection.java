package uk.ehcworkflow.query.dispute;

import uk.ehcworkflow.query.readmodel.ProjectionHarness;

/** The dispute projection, which keeps the disputes' open deadlines, for specs of the readers in other packages. */
public final class TestProjection {

    private TestProjection() {
    }

    public static Object of(ProjectionHarness harness) {
        return new DisputeProjection(harness.collections());
    }
}
