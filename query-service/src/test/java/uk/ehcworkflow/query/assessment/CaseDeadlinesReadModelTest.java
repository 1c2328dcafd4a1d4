package uk.ehcworkflow.query.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.AdviceSubmitted;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.assessment.CaseAssigned;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.deadline.DeadlineKind;
import uk.ehcworkflow.query.deadline.DeadlineReader;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;
import uk.ehcworkflow.query.readmodel.DerivedDifference;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;

@DisplayName("The open deadlines of cases: kept as steps are recorded, read by due date for an officer, a team or everyone")
class CaseDeadlinesReadModelTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);
    private static final LocalDate TODAY = RECEIVED.plusDays(50);
    private static final Set<DeadlineReader.Source> CASES = Set.of(DeadlineReader.Source.CASES);

    private final TestKeyStore keyStore = new TestKeyStore();
    private ProjectionHarness harness;
    private AssessmentTimelineProjection projection;
    private DeadlineReader deadlines;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        projection = new AssessmentTimelineProjection(harness.collections(), keyStore.childIndex());
        deadlines = new DeadlineReader(harness.database(), harness.documents());
        harness.append(CaseFacts.received("mine", RECEIVED).heldBy("officer", "North")
                .adviceRequested("ep", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.plusDays(10)).events());
        harness.append(CaseFacts.received("theirs", RECEIVED.plusDays(20)).heldBy("officer2", "South").events());
    }

    @AfterEach
    void tearDown() {
        harness.close();
        keyStore.close();
    }

    private List<OpenTimeLimit> open(DeadlineReader.Scope scope) {
        return deadlines.all(TODAY, scope, CASES).stream()
                .sorted(Comparator.comparing(OpenTimeLimit::assessmentId).thenComparing(OpenTimeLimit::kind)).toList();
    }

    @Test
    void each_open_case_owes_its_decision_and_its_advice_in_the_caseload_of_whoever_holds_it() {
        harness.deliver(projection, 0, harness.size());

        assertThat(open(DeadlineReader.Scope.caseload("officer", null)))
                .extracting(OpenTimeLimit::assessmentId, OpenTimeLimit::kind, OpenTimeLimit::dueOn)
                .containsExactly(tuple("mine", DeadlineKind.DECISION, LocalDate.of(2024, 7, 15)),
                        tuple("mine", DeadlineKind.ADVICE, LocalDate.of(2024, 7, 25)));
        assertThat(open(DeadlineReader.Scope.caseload(null, "South"))).extracting(OpenTimeLimit::assessmentId)
                .containsExactly("theirs");
        assertThat(open(DeadlineReader.Scope.EVERYONE)).hasSize(3);
    }

    @Test
    void a_read_by_due_date_holds_what_is_due_by_then_and_everything_overdue_however_long_ago() {
        harness.deliver(projection, 0, harness.size());

        assertThat(deadlines.dueBy(TODAY, LocalDate.of(2024, 7, 20), DeadlineReader.Scope.EVERYONE, CASES))
                .extracting(OpenTimeLimit::assessmentId, OpenTimeLimit::kind)
                .containsExactly(tuple("mine", DeadlineKind.DECISION));
        assertThat(deadlines.dueBy(TODAY, LocalDate.of(2024, 7, 14), DeadlineReader.Scope.EVERYONE, CASES)).isEmpty();
        assertThat(deadlines.dueBy(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), DeadlineReader.Scope.EVERYONE,
                CASES)).hasSize(3).allMatch(limit -> limit.overdueOn(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void moving_a_case_moves_its_deadlines_and_a_deadline_met_or_a_case_closed_leaves_the_read_model() {
        harness.deliver(projection, 0, harness.size());
        int delivered = harness.size();
        harness.append(List.of(new CaseAssigned("mine", new Holder("officer2", "South")),
                new AdviceSubmitted("mine", "ep", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.plusDays(30), null)));
        List<AssessmentEvent> planIssued = CaseFacts.received("theirs", RECEIVED.plusDays(20)).planIssuedAfterDays(130)
                .lettersSentOnTheirDays().events();
        harness.append(planIssued.subList(1, planIssued.size()));
        harness.deliver(projection, delivered, harness.size());

        assertThat(open(DeadlineReader.Scope.caseload("officer", null))).isEmpty();
        assertThat(open(DeadlineReader.Scope.caseload("officer2", null)))
                .extracting(OpenTimeLimit::assessmentId, OpenTimeLimit::kind)
                .containsExactly(tuple("mine", DeadlineKind.DECISION));
        assertThat(stored()).as("only the open case's deadline, under each index, and its list")
                .containsExactlyInAnyOrder("all|2024-07-15|mine|0", "officer|officer2|2024-07-15|mine|0",
                        "team|South|2024-07-15|mine|0", "record|mine");
    }

    @Test
    void a_batch_delivered_again_after_a_crash_or_cut_differently_keeps_each_deadline_once() {
        harness.deliver(projection, 0, harness.size());
        List<String> once = stored();

        harness.deliver(projection, 3, harness.size());
        harness.deliver(projection, 0, harness.size());
        assertThat(stored()).isEqualTo(once);

        ProjectionHarness fresh = new ProjectionHarness();
        try {
            fresh.append(CaseFacts.received("mine", RECEIVED).heldBy("officer", "North")
                    .adviceRequested("ep", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.plusDays(10)).events());
            fresh.append(CaseFacts.received("theirs", RECEIVED.plusDays(20)).heldBy("officer2", "South").events());
            AssessmentTimelineProjection another = new AssessmentTimelineProjection(fresh.collections(), keyStore.childIndex());
            for (int event = 0; event < fresh.size(); event++) {
                fresh.deliver(another, event, event + 1);
            }
            assertThat(new DeadlineReader(fresh.database(), fresh.documents()).all(TODAY, DeadlineReader.Scope.EVERYONE, CASES))
                    .containsExactlyInAnyOrderElementsOf(deadlines.all(TODAY, DeadlineReader.Scope.EVERYONE, CASES));
        } finally {
            fresh.close();
        }
    }

    @Test
    void an_agencys_requests_are_read_outstanding_soonest_due_first_then_given_latest_first_and_no_other_agencys() {
        harness.append(CaseFacts.received("older", RECEIVED.minusDays(100))
                .adviceRequested("ep-1", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.minusDays(90))
                .adviceSubmitted("ep-1", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.minusDays(60))
                .adviceRequested("ep-2", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.minusDays(80))
                .adviceSubmitted("ep-2", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.minusDays(50))
                .adviceRequested("ep-3", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED.plusDays(20))
                .adviceRequested("health", Agency.HEALTH, RECEIVED.minusDays(90)).events());
        harness.deliver(projection, 0, harness.size());
        AssessmentReader reader = new AssessmentReader(harness.database(), harness.documents(), null, null);

        assertThat(reader.adviceRequests(Agency.EDUCATIONAL_PSYCHOLOGY, 10)).extracting(AdviceRequest::adviceRequestId)
                .containsExactly("ep", "ep-3", "ep-2", "ep-1");
        assertThat(reader.adviceRequests(Agency.EDUCATIONAL_PSYCHOLOGY, 1)).extracting(AdviceRequest::adviceRequestId)
                .containsExactly("ep", "ep-3", "ep-2");
    }

    @Test
    void a_reconciliation_finds_a_case_whose_kept_deadlines_are_not_those_it_owes_and_leaves_one_changed_since_alone() {
        harness.deliver(projection, 0, harness.size());
        Map<String, Long> atHead = projection.eventsPerAggregate();
        assertThat(projection.derivedDifferences(atHead)).isEmpty();

        var kept = harness.database().getCollection(DeadlineReader.Source.CASES.collection());
        kept.deleteOne(Filters.eq("_id", "record|mine"));
        kept.updateOne(Filters.eq("_id", "record|theirs"), Updates.set("fingerprint", 0));
        assertThat(projection.derivedDifferences(atHead)).extracting(DerivedDifference::recordId)
                .containsExactlyInAnyOrder("mine", "theirs");

        Map<String, Long> beforeMineChanged = new HashMap<>(atHead);
        beforeMineChanged.put("mine", atHead.get("mine") - 1);
        assertThat(projection.derivedDifferences(beforeMineChanged)).extracting(DerivedDifference::recordId)
                .containsExactly("theirs");
    }

    private List<String> stored() {
        return harness.database().getCollection(DeadlineReader.Source.CASES.collection()).find()
                .map(document -> document.getString("_id")).into(new ArrayList<>()).stream().sorted().toList();
    }
}
