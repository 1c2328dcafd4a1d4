package uk.ehcworkflow.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.query.assessment.CaseFacts;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;

/** Searching the audit trail through its index: newest first, narrowed, paged, and late recording. */
class AuditTrailReaderTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private ProjectionHarness harness;
    private AuditLogProjection projection;
    private AuditTrailReader trail;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        projection = new AuditLogProjection(harness.collections(), Clock.system(ENGLAND));
        trail = new AuditTrailReader(harness.database(), harness.documents());
        // Three cases over two years: case-1 logged promptly by "officer", case-2 logged 40 days late by
        // "backfiller", case-3 opened a year later.
        harness.recordAt(Instant.parse("2023-01-10T09:00:00Z"));
        harness.append(CaseFacts.received("case-1", LocalDate.of(2023, 1, 9)).events());
        harness.recordAt(Instant.parse("2023-02-20T09:00:00Z"));
        harness.append(CaseFacts.received("case-1", LocalDate.of(2023, 1, 9))
                .step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2023, 2, 20)).events().subList(1, 2));
        harness.recordBy("backfiller");
        harness.recordAt(Instant.parse("2023-03-15T09:00:00Z"));
        harness.append(CaseFacts.received("case-2", LocalDate.of(2023, 2, 3))
                .step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2023, 2, 3)).events());
        harness.recordBy("officer");
        harness.recordAt(Instant.parse("2024-01-05T09:00:00Z"));
        harness.append(CaseFacts.received("case-3", LocalDate.of(2024, 1, 5)).events());
        harness.deliver(projection, 0, 3);
        harness.deliver(projection, 3, harness.size());
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private List<String> search(AuditTrailReader.Search search, int page, int size) {
        return trail.search(search, page, size, ENGLAND).entries().stream()
                .map(entry -> entry.aggregateId() + " " + entry.type()).toList();
    }

    private static AuditTrailReader.Search everything() {
        return new AuditTrailReader.Search(null, null, null, null, null, null);
    }

    @Test
    void the_whole_trail_reads_newest_first_across_years() {
        assertThat(search(everything(), 1, 50)).containsExactly(
                "case-3 AssessmentOpened",
                "case-2 MilestoneRecorded",
                "case-2 AssessmentOpened",
                "case-1 MilestoneRecorded",
                "case-1 AssessmentOpened");
    }

    @Test
    void pages_follow_on_and_say_whether_there_is_more() {
        assertThat(search(everything(), 2, 2)).containsExactly("case-2 AssessmentOpened", "case-1 MilestoneRecorded");
        assertThat(trail.search(everything(), 2, 2, ENGLAND).hasMore()).isTrue();
        assertThat(trail.search(everything(), 3, 2, ENGLAND).hasMore()).isFalse();
        assertThat(search(everything(), 4, 2)).isEmpty();
    }

    @Test
    void a_case_an_actor_a_type_or_a_period_narrows_the_trail() {
        assertThat(search(new AuditTrailReader.Search("case-1", null, null, null, null, null), 1, 50))
                .containsExactly("case-1 MilestoneRecorded", "case-1 AssessmentOpened");
        assertThat(search(new AuditTrailReader.Search(null, "backfiller", null, null, null, null), 1, 50))
                .containsExactly("case-2 MilestoneRecorded", "case-2 AssessmentOpened");
        assertThat(search(new AuditTrailReader.Search(null, "officer", null, "AssessmentOpened", null, null), 1, 50))
                .containsExactly("case-3 AssessmentOpened", "case-1 AssessmentOpened");
        assertThat(search(new AuditTrailReader.Search(null, null, null, null, Instant.parse("2023-02-01T00:00:00Z"),
                Instant.parse("2023-12-31T00:00:00Z")), 1, 50))
                .containsExactly("case-2 MilestoneRecorded", "case-2 AssessmentOpened", "case-1 MilestoneRecorded");
        assertThat(search(new AuditTrailReader.Search("case-2", "officer", null, null, null, null), 1, 50)).isEmpty();
        assertThat(search(new AuditTrailReader.Search(null, "nobody", null, null, null, null), 1, 50)).isEmpty();
    }

    @Test
    void a_redelivered_batch_files_nothing_twice() {
        harness.deliver(projection, 0, harness.size());

        assertThat(search(everything(), 1, 50)).hasSize(5);
        assertThat(trail.lateRecording(7, null, null, ENGLAND).total()).isEqualTo(2);
    }

    @Test
    void late_recording_counts_steps_recorded_more_than_the_given_days_after_they_happened() {
        AuditTrailReader.LateRecording late = trail.lateRecording(7, null, null, ENGLAND);

        // case-2's request (3 Feb) and decision (3 Feb) were both recorded on 15 March: 40 days late.
        assertThat(late.total()).isEqualTo(2);
        assertThat(late.byOfficer()).containsOnlyKeys("backfiller");
        assertThat(late.byMonth()).containsEntry("2023-03", 2L);
        assertThat(late.latest()).extracting(AuditEntry::aggregateId).containsOnly("case-2");
        assertThat(trail.lateRecording(40, null, null, ENGLAND).total()).isZero();
        assertThat(trail.lateRecording(7, Instant.parse("2023-04-01T00:00:00Z"), null, ENGLAND).total()).isZero();
        // Whole months are counted from each month's counts, the days at a period's edges from each day's.
        assertThat(trail.lateRecording(7, Instant.parse("2023-03-15T00:00:00Z"), Instant.parse("2023-03-15T23:00:00Z"),
                ENGLAND).total()).isEqualTo(2);
        assertThat(trail.lateRecording(7, Instant.parse("2023-03-16T00:00:00Z"), Instant.parse("2024-12-31T00:00:00Z"),
                ENGLAND).total()).isZero();
        assertThat(trail.lateRecording(7, Instant.parse("2023-01-31T00:00:00Z"), Instant.parse("2023-03-15T00:00:00Z"),
                ENGLAND).byMonth()).containsExactly(Map.entry("2023-03", 2L));
        assertThat(trail.lateRecording(7, Instant.parse("2022-12-01T00:00:00Z"), Instant.parse("2023-03-31T12:00:00Z"),
                ENGLAND).total()).isEqualTo(2);
    }

    @Test
    void an_empty_trail_has_nothing_to_show() {
        harness.close();
        harness = new ProjectionHarness();
        AuditTrailReader empty = new AuditTrailReader(harness.database(), harness.documents());

        assertThat(empty.search(everything(), 1, 50, ENGLAND).entries()).isEmpty();
        assertThat(empty.lateRecording(7, null, null, ENGLAND).total()).isZero();
    }
}
