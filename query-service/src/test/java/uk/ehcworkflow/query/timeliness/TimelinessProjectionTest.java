package uk.ehcworkflow.query.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.assessment.CaseFacts;
import uk.ehcworkflow.query.readstore.ProjectionHarness;

class TimelinessProjectionTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 1, 8);

    private ProjectionHarness harness;
    private TimelinessProjection projection;
    private TimelinessReader reader;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        projection = new TimelinessProjection(harness.database(), harness.documents());
        reader = new TimelinessReader(harness.database(), harness.documents());
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
        return reader.report(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
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

        assertThat(reader.report(RECEIVED.plusDays(140), RECEIVED.plusDays(140)).figures().finalPlansIssued()).isEqualTo(1);
        assertThat(reader.report(RECEIVED.plusDays(141), RECEIVED.plusDays(199)).figures().finalPlansIssued()).isZero();
        assertThat(reader.report(RECEIVED, RECEIVED.plusDays(200)).figures().finalPlansIssued()).isEqualTo(2);
    }

    @Test
    void nothing_counted_gives_null_percentages_not_zero_or_nan() {
        TimelinessReport empty = reader.report(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));

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
            fresh.deliver(new TimelinessProjection(fresh.database(), fresh.documents()), 0, fresh.size());
            assertThat(redelivered).isEqualTo(new TimelinessReader(fresh.database(), fresh.documents())
                    .report(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
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

        assertThat(reader.reportAsKnownAt(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Instant.now().plusSeconds(60)))
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
            TimelinessProjection late = new TimelinessProjection(history.database(), history.documents());
            history.deliver(late, 0, history.size());
            TimelinessReader figures = new TimelinessReader(history.database(), history.documents());
            LocalDate from = LocalDate.of(2024, 1, 1);
            LocalDate to = LocalDate.of(2024, 12, 31);

            assertThat(figures.report(from, to).figures().finalPlansIssued()).isEqualTo(1);
            assertThat(figures.reportAsKnownAt(from, to, Instant.parse("2024-09-01T23:59:59Z")).figures().finalPlansIssued()).isZero();
            assertThat(figures.reportAsKnownAt(from, to, Instant.parse("2024-09-01T23:59:59Z")).figures().decisionsMade()).isEqualTo(1);
            assertThat(figures.reportAsKnownAt(from, to, Instant.parse("2024-09-02T23:59:59Z")).figures().finalPlansIssued()).isEqualTo(1);
        } finally {
            history.close();
        }
    }
}
