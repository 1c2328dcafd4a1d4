package uk.ehcworkflow.query.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.assessment.CaseFacts;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;
import uk.ehcworkflow.query.readmodel.RecordedCounters;

class TimelinessProjectionTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 1, 8);
    /** Long after every date in these histories. */
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private ProjectionHarness harness;
    private TimelinessProjection projection;
    private TimelinessReader reader;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        projection = new TimelinessProjection(harness.collections());
        reader = new TimelinessReader(harness.database());
        harness.append(CaseFacts.received("in-time", RECEIVED).planIssuedAfterDays(140).events());
        harness.append(CaseFacts.received("late", RECEIVED).planIssuedAfterDays(200)
                .adviceRequested("h", Agency.HEALTH, RECEIVED.plusDays(31))
                .adviceSubmitted("h", Agency.HEALTH, RECEIVED.plusDays(80)).events());
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private TimelinessReport year2024() {
        return reader.report(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TODAY);
    }

    @Test
    void the_year_figures_count_each_plan_in_the_month_it_was_issued() {
        harness.deliver(projection, 0, harness.size());

        TimelinessReport report = year2024();
        assertThat(report.figures().finalPlansIssued()).isEqualTo(2);
        assertThat(report.figures().finalPlansWithinTwentyWeeks()).isEqualTo(1);
        assertThat(report.figures().percentWithinTwentyWeeksIncludingExceptions()).isEqualTo(50.0);
        assertThat(report.figures().averageWeeksToIssue()).isEqualTo(24.3);
        assertThat(report.figures().requestsReceived()).isEqualTo(2);
        assertThat(report.figures().advice().get(Agency.HEALTH).submittedWithinSixWeeks()).isZero();
        assertThat(report.months()).hasSize(12);
        assertThat(report.months().get(4).month()).isEqualTo("2024-05");
        assertThat(report.months().get(4).figures().finalPlansIssued()).isEqualTo(1);
    }

    @Test
    void a_period_that_cuts_through_months_reads_the_days_at_its_edges() {
        harness.deliver(projection, 0, harness.size());

        assertThat(reader.report(RECEIVED.plusDays(140), RECEIVED.plusDays(140), TODAY).figures().finalPlansIssued()).isEqualTo(1);
        assertThat(reader.report(RECEIVED.plusDays(141), RECEIVED.plusDays(199), TODAY).figures().finalPlansIssued()).isZero();
        assertThat(reader.report(RECEIVED, RECEIVED.plusDays(200), TODAY).figures().finalPlansIssued()).isEqualTo(2);
    }

    @Test
    void nothing_counted_gives_null_percentages_not_zero_or_nan() {
        TimelinessReport empty = reader.report(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), TODAY);

        assertThat(empty.figures().percentWithinTwentyWeeksExcludingExceptions()).isNull();
        assertThat(empty.figures().averageWeeksToIssue()).isNull();
        assertThat(empty.figures().advice().get(Agency.HEALTH).percentWithinSixWeeks()).isNull();
    }

    @Test
    void the_same_batch_delivered_again_after_a_crash_changes_nothing() {
        harness.deliver(projection, 0, harness.size());
        TimelinessReport once = year2024();

        harness.deliver(projection, 0, harness.size());

        assertThat(year2024()).isEqualTo(once);
    }

    @Test
    void a_longer_batch_redelivered_from_the_last_saved_token_counts_only_the_new_events() {
        int firstBatch = 5;
        harness.deliver(projection, 0, firstBatch);
        harness.deliver(projection, 0, harness.size());
        TimelinessReport redelivered = year2024();

        ProjectionHarness fresh = new ProjectionHarness();
        try {
            fresh.append(CaseFacts.received("in-time", RECEIVED).planIssuedAfterDays(140).events());
            fresh.append(CaseFacts.received("late", RECEIVED).planIssuedAfterDays(200)
                    .adviceRequested("h", Agency.HEALTH, RECEIVED.plusDays(31))
                    .adviceSubmitted("h", Agency.HEALTH, RECEIVED.plusDays(80)).events());
            fresh.deliver(new TimelinessProjection(fresh.collections()), 0, fresh.size());
            assertThat(redelivered).isEqualTo(new TimelinessReader(fresh.database())
                    .report(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TODAY));
        } finally {
            fresh.close();
        }
    }

    @Test
    void an_exception_recorded_after_the_plan_moves_it_out_of_the_excluding_figure() {
        harness.deliver(projection, 0, harness.size());
        assertThat(year2024().figures().percentWithinTwentyWeeksExcludingExceptions()).isEqualTo(50.0);

        harness.append(CaseFacts.received("late", RECEIVED).exception(Deadline.FINAL_PLAN,
                StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, null).events().subList(1, 2));
        harness.deliver(projection, harness.size() - 1, harness.size());

        TimelinessReport report = year2024();
        assertThat(report.figures().plansWithExceptions()).isEqualTo(1);
        assertThat(report.figures().percentWithinTwentyWeeksExcludingExceptions()).isEqualTo(100.0);
        assertThat(report.figures().percentWithinTwentyWeeksIncludingExceptions()).isEqualTo(50.0);
        assertThat(report.figures().finalPlansIssued()).isEqualTo(2);
    }

    @Test
    void figures_as_known_now_equal_the_live_counters() {
        harness.deliver(projection, 0, harness.size());

        assertThat(reader.reportAsKnownAt(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Instant.now().plusSeconds(60), TODAY))
                .isEqualTo(year2024());
    }

    @Test
    void a_final_plan_recorded_late_changes_todays_figures_but_not_the_figures_as_known_the_day_before_it_was_recorded() {
        ProjectionHarness history = new ProjectionHarness();
        try {
            var events = CaseFacts.received("logged-late", LocalDate.of(2024, 1, 8)).planIssuedAfterDays(140).events();
            history.recordAt(Instant.parse("2024-05-01T09:00:00Z"));
            history.append(events.subList(0, events.size() - 1));
            history.recordAt(Instant.parse("2024-09-02T09:00:00Z"));
            history.append(events.subList(events.size() - 1, events.size()));
            TimelinessProjection late = new TimelinessProjection(history.collections());
            history.deliver(late, 0, history.size());
            TimelinessReader figures = new TimelinessReader(history.database());
            LocalDate from = LocalDate.of(2024, 1, 1);
            LocalDate to = LocalDate.of(2024, 12, 31);

            assertThat(figures.report(from, to, TODAY).figures().finalPlansIssued()).isEqualTo(1);
            assertThat(figures.reportAsKnownAt(from, to, Instant.parse("2024-09-01T23:59:59Z"), LocalDate.of(2024, 9, 1))
                    .figures().finalPlansIssued()).isZero();
            assertThat(figures.reportAsKnownAt(from, to, Instant.parse("2024-09-01T23:59:59Z"), LocalDate.of(2024, 9, 1))
                    .figures().agreedToAssess()).isEqualTo(1);
            assertThat(figures.reportAsKnownAt(from, to, Instant.parse("2024-09-02T23:59:59Z"), LocalDate.of(2024, 9, 2))
                    .figures().finalPlansIssued()).isEqualTo(1);
        } finally {
            history.close();
        }
    }

    @Test
    void a_busy_day_spread_over_several_slices_of_the_store_gives_the_figures_as_known_at_any_instant_of_it() {
        int requests = RecordedCounters.POSITIONS_PER_SLICE * 2 + 100;
        Instant opening = Instant.parse("2024-02-01T08:00:00Z");
        for (int request = 0; request < requests; request++) {
            harness.recordAt(opening.plusSeconds(request));
            harness.append(CaseFacts.received("busy-" + request, LocalDate.of(2024, 1, 15)).events());
        }
        for (int from = 0; from < harness.size(); from += 500) {
            harness.deliver(projection, from, Math.min(harness.size(), from + 500));
        }

        for (int known : List.of(0, RecordedCounters.POSITIONS_PER_SLICE - 1, RecordedCounters.POSITIONS_PER_SLICE,
                RecordedCounters.POSITIONS_PER_SLICE * 2 + 5, requests - 1)) {
            assertThat(reader.reportAsKnownAt(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                    opening.plusSeconds(known).plusMillis(500), LocalDate.of(2024, 2, 1)).figures().requestsReceived())
                    .as("as known %d seconds into the day's recording", known)
                    .isEqualTo(known + 1);
        }
    }

    @Test
    void the_figures_as_known_at_any_instant_equal_the_live_figures_of_the_history_recorded_by_then() {
        List<AssessmentEvent> events = new ArrayList<>();
        List<Instant> recordedAt = new ArrayList<>();
        Instant clock = Instant.parse("2024-01-10T08:00:00Z");
        List<List<AssessmentEvent>> cases = List.of(
                CaseFacts.received("prompt", LocalDate.of(2024, 1, 8)).planIssuedAfterDays(120).events(),
                CaseFacts.received("slow", LocalDate.of(2024, 2, 20)).planIssuedAfterDays(260)
                        .adviceRequested("ep", Agency.EDUCATIONAL_PSYCHOLOGY, LocalDate.of(2024, 3, 4))
                        .adviceSubmitted("ep", Agency.EDUCATIONAL_PSYCHOLOGY, LocalDate.of(2024, 5, 30))
                        .exception(Deadline.FINAL_PLAN, StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, null).events(),
                CaseFacts.received("refused", LocalDate.of(2024, 6, 28)).step(Milestone.DECISION_NOT_TO_ASSESS,
                        LocalDate.of(2024, 8, 1)).events());
        // Interleaved, a few days apart, some steps landing weeks after their business date.
        for (int step = 0; step < 8; step++) {
            for (List<AssessmentEvent> history : cases) {
                if (step < history.size()) {
                    clock = clock.plus(Duration.ofDays(9 + 7L * step)).plusNanos(step);
                    events.add(history.get(step));
                    recordedAt.add(clock);
                }
            }
        }
        ProjectionHarness whole = new ProjectionHarness();
        ProjectionHarness soFar = new ProjectionHarness();
        try {
            for (int i = 0; i < events.size(); i++) {
                whole.recordAt(recordedAt.get(i));
                whole.append(events.subList(i, i + 1));
            }
            whole.deliver(new TimelinessProjection(whole.collections()), 0, whole.size());
            TimelinessReader asKnown = new TimelinessReader(whole.database());
            TimelinessProjection live = new TimelinessProjection(soFar.collections());
            TimelinessReader liveFigures = new TimelinessReader(soFar.database());

            for (int i = 0; i < events.size(); i++) {
                soFar.recordAt(recordedAt.get(i));
                soFar.append(events.subList(i, i + 1));
                soFar.deliver(live, i, i + 1);
                Instant justAfter = recordedAt.get(i);
                Instant justBefore = i + 1 < events.size() ? recordedAt.get(i + 1).minusNanos(1) : justAfter.plusSeconds(1);
                for (Instant knownAt : List.of(justAfter, justBefore)) {
                    for (LocalDate[] period : List.of(new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)},
                            new LocalDate[] {LocalDate.of(2024, 3, 15), LocalDate.of(2024, 8, 10)})) {
                        LocalDate knownOn = LocalDate.ofInstant(knownAt, ZoneOffset.UTC);
                        assertThat(asKnown.reportAsKnownAt(period[0], period[1], knownAt, knownOn))
                                .as("%s to %s as known at %s", period[0], period[1], knownAt)
                                .isEqualTo(liveFigures.report(period[0], period[1], knownOn));
                    }
                }
            }
        } finally {
            whole.close();
            soFar.close();
        }
    }

    @Test
    void advice_owed_past_due_is_counted_at_each_months_end_and_carried_into_later_years_until_it_arrives() {
        ProjectionHarness owed = new ProjectionHarness();
        try {
            // Both requests fall due on 2024-02-19; one is answered on 2024-04-10, the other never.
            owed.append(CaseFacts.received("waiting", RECEIVED).adviceRequested("never", Agency.HEALTH, RECEIVED)
                    .adviceRequested("late", Agency.HEALTH, RECEIVED).adviceSubmitted("late", Agency.HEALTH, LocalDate.of(2024, 4, 10))
                    .adviceRequested("ep", Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED)
                    .adviceSubmitted("ep", Agency.EDUCATIONAL_PSYCHOLOGY, LocalDate.of(2024, 2, 19)).events());
            owed.deliver(new TimelinessProjection(owed.collections()), 0, owed.size());
            TimelinessReader figures = new TimelinessReader(owed.database());

            TimelinessReport year = figures.report(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TODAY);
            assertThat(year.months()).extracting(month -> month.figures().advice().get(Agency.HEALTH).outstandingPastDue())
                    .containsExactly(0L, 2L, 2L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
            assertThat(year.figures().advice().get(Agency.HEALTH).outstandingPastDue()).isEqualTo(1);
            assertThat(year.figures().advice().get(Agency.HEALTH).submitted()).isEqualTo(1);
            assertThat(year.figures().advice().get(Agency.EDUCATIONAL_PSYCHOLOGY).outstandingPastDue()).isZero();
            assertThat(figures.report(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), TODAY).figures().advice()
                    .get(Agency.HEALTH)).extracting(TimelinessFigures.AdviceFigures::submitted,
                    TimelinessFigures.AdviceFigures::outstandingPastDue).containsExactly(0L, 1L);
            assertThat(figures.report(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 19), TODAY).figures().advice()
                    .get(Agency.HEALTH).outstandingPastDue()).as("on the due day itself nothing is past due yet").isZero();
            assertThat(figures.report(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 3, 15))
                    .figures().advice().get(Agency.HEALTH).outstandingPastDue()).as("a year not over counts to today").isEqualTo(2);
            assertThat(figures.reportAsKnownAt(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Instant.now(), TODAY))
                    .isEqualTo(figures.report(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), TODAY));
        } finally {
            owed.close();
        }
    }
}
