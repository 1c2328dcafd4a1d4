package uk.ehcworkflow.query.assessment;

import uk.ehcworkflow.query.readmodel.ProjectionHarness;

/** The case projection, which keeps the cases' open deadlines, for specs of the readers in other packages. */
public final class TestProjection {

    private TestProjection() {
    }

    public static Object of(ProjectionHarness harness, TestKeyStore keyStore) {
        return new AssessmentTimelineProjection(harness.collections(), keyStore.childIndex());
    }
}
