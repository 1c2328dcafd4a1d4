package uk.ehcworkflow.query.assessment;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;

class AssessmentTimelineProjectionTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);

    private final TestKeyStore keyStore = new TestKeyStore();
    private ProjectionHarness harness;
    private AssessmentTimelineProjection projection;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        projection = new AssessmentTimelineProjection(harness.collections(), keyStore.childIndex());
        harness.append(CaseFacts.received("case-1", RECEIVED)
                .adviceRequested("ep", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.plusDays(35))
                .planIssuedAfterDays(130).events());
    }

    @AfterEach
    void tearDown() {
        harness.close();
        keyStore.close();
    }

    private AssessmentTimelineView timeline() {
        Document stored = harness.database().getCollection(AssessmentTimelineProjection.COLLECTION)
                .find(eq("_id", "case-1")).first();
        return AssessmentTimelineView.of(harness.documents().fromDocument(stored, AssessmentTimeline.class),
                LocalDate.of(2025, 1, 1));
    }

    @Test
    void the_timeline_shows_each_step_with_who_recorded_it_and_whether_the_plan_was_in_time() {
        harness.deliver(projection, 0, harness.size());

        AssessmentTimelineView view = timeline();
        assertThat(view.milestones()).extracting(AssessmentTimeline.Step::milestone)
                .containsExactly(Milestone.DECISION_TO_ASSESS, Milestone.DRAFT_PLAN_ISSUED, Milestone.FINAL_PLAN_ISSUED);
        assertThat(view.milestones()).allSatisfy(step -> {
            assertThat(step.recordedBy()).isEqualTo("officer");
            assertThat(step.recordedAt()).isNotNull();
        });
        assertThat(view.due().finalPlan()).isEqualTo(LocalDate.of(2024, 10, 21));
        assertThat(view.finalPlanIssuedOn()).isEqualTo(RECEIVED.plusDays(130));
        assertThat(view.weeksToFinalPlan()).isEqualTo(18.6);
        assertThat(view.finalPlanOnTime()).isTrue();
        assertThat(view.status()).isEqualTo(CaseStatus.COMPLETED_IN_TIME);
        assertThat(view.issuedWithAdviceMissing()).isTrue();
        assertThat(view.advice()).singleElement().satisfies(advice -> assertThat(advice.onTime()).isFalse());
    }

    @Test
    void redelivered_events_leave_the_same_timeline() {
        harness.deliver(projection, 0, harness.size());
        AssessmentTimelineView once = timeline();

        harness.deliver(projection, 2, harness.size());
        harness.deliver(projection, 0, harness.size());

        assertThat(timeline()).isEqualTo(once);
    }
}
