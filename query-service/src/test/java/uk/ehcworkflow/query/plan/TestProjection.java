package uk.ehcworkflow.query.plan;

import uk.ehcworkflow.query.assessment.TestKeyStore;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;

/** The plan projection, which keeps the plans' open deadlines, for specs of the readers in other packages. */
public final class TestProjection {

    private TestProjection() {
    }

    public static Object of(ProjectionHarness harness, TestKeyStore keyStore) {
        return new PlanTimelineProjection(harness.collections(), keyStore.childIndex());
    }
}
