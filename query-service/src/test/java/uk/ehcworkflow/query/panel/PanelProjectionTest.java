package uk.ehcworkflow.query.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.panel.PanelAgency;
import uk.ehcworkflow.events.panel.PanelAttendanceRecorded;
import uk.ehcworkflow.events.panel.PanelDecision;
import uk.ehcworkflow.events.panel.PanelDecisionRecorded;
import uk.ehcworkflow.events.panel.PanelEvent;
import uk.ehcworkflow.events.panel.PanelKind;
import uk.ehcworkflow.events.panel.PanelScheduled;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;

class PanelProjectionTest {

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        harness.recordAt(Instant.parse("2024-12-01T09:00:00Z"));
        LocalDate september = LocalDate.of(2024, 9, 12);
        LocalDate october = LocalDate.of(2024, 10, 10);
        harness.append("Panel", List.<PanelEvent>of(
                new PanelScheduled("p1", september, PanelKind.SEND_PANEL),
                new PanelAttendanceRecorded("p1", "Dr Imaginary", PanelAgency.HEALTH),
                new PanelAttendanceRecorded("p1", "Jo Pretend", PanelAgency.LOCAL_AUTHORITY),
                new PanelDecisionRecorded("p1", september, "case-1", PanelDecision.ASSESS, "needs evident"),
                new PanelDecisionRecorded("p1", september, "case-2", PanelDecision.DEFERRED, "awaiting school report"),
                new PanelScheduled("p2", october, PanelKind.JOINT_PLACEMENT_PANEL),
                new PanelAttendanceRecorded("p2", "Sam Madeup", PanelAgency.LOCAL_AUTHORITY),
                new PanelDecisionRecorded("p2", october, "case-1", PanelDecision.JOINT_FUNDING_AGREED, "shared costs")),
                PanelEvent::panelId);
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private List<PanelSitting> stored() {
        List<PanelSitting> panels = new ArrayList<>();
        for (Document document : harness.database().getCollection(PanelProjection.COLLECTION).find().sort(new Document("heldOn", 1))) {
            panels.add(harness.documents().fromDocument(document, PanelSitting.class));
        }
        return panels;
    }

    @Test
    void coverage_is_the_share_of_sittings_each_agency_attended() {
        harness.deliver(new PanelProjection(harness.collections()), 0, harness.size());

        Period year = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        PanelReports.CoverageReport coverage = reader().coverage(year, null);
        assertThat(coverage).as("read from the counters, as counted from every sitting")
                .isEqualTo(PanelReports.coverage(year.from(), year.to(), PanelReports.sum(year.from(), year.to(), stored())));

        assertThat(coverage.sittings()).isEqualTo(2);
        assertThat(coverage.agencies()).filteredOn(c -> c.agency() == PanelAgency.HEALTH).singleElement()
                .satisfies(c -> {
                    assertThat(c.attended()).isEqualTo(1);
                    assertThat(c.percentAttended()).isEqualTo(50.0);
                });
        assertThat(coverage.agencies()).filteredOn(c -> c.agency() == PanelAgency.LOCAL_AUTHORITY).singleElement()
                .satisfies(c -> assertThat(c.percentAttended()).isEqualTo(100.0));
    }

    @Test
    void decisions_are_counted_by_outcome_in_the_month_of_the_sitting() {
        harness.deliver(new PanelProjection(harness.collections()), 0, harness.size());

        PanelReports.DecisionReport report = reader().decisions(new Period(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 31)));

        assertThat(report.total()).isEqualTo(3);
        assertThat(report.months()).extracting(PanelReports.DecisionMonth::month).containsExactly("2024-09", "2024-10");
        assertThat(report.months().get(0).byOutcome()).containsEntry(PanelDecision.ASSESS, 1L).containsEntry(PanelDecision.DEFERRED, 1L);
        assertThat(report.months().get(1).byOutcome()).containsEntry(PanelDecision.JOINT_FUNDING_AGREED, 1L);
    }

    @Test
    void redelivered_panel_events_leave_the_same_sittings() {
        PanelProjection projection = new PanelProjection(harness.collections());
        harness.deliver(projection, 0, harness.size());
        List<PanelReports.Sitting> once = stored().stream().map(PanelReports::sitting).toList();

        PanelReports.CoverageReport counted = reader().coverage(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), null);

        harness.deliver(projection, 0, harness.size());
        harness.deliver(projection, 3, harness.size());

        assertThat(stored().stream().map(PanelReports::sitting).toList()).isEqualTo(once);
        assertThat(reader().coverage(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), null)).isEqualTo(counted);
    }

    @Test
    void coverage_as_known_at_an_instant_counts_only_the_attendance_recorded_by_then() {
        harness.recordAt(Instant.parse("2025-01-10T09:00:00Z"));
        harness.append("Panel", List.<PanelEvent>of(new PanelAttendanceRecorded("p2", "Dr Imaginary", PanelAgency.HEALTH)),
                PanelEvent::panelId);
        harness.deliver(new PanelProjection(harness.collections()), 0, harness.size());
        Period year = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        assertThat(health(reader().coverage(year, null))).isEqualTo(2);
        assertThat(health(reader().coverage(year, Instant.parse("2025-01-01T00:00:00Z")))).isEqualTo(1);
        assertThat(health(reader().coverage(year, Instant.parse("2025-02-01T00:00:00Z")))).isEqualTo(2);
    }

    private static long health(PanelReports.CoverageReport coverage) {
        return coverage.agencies().stream().filter(c -> c.agency() == PanelAgency.HEALTH).findFirst().orElseThrow().attended();
    }

    private PanelReader reader() {
        return new PanelReader(harness.database(), harness.documents(), Clock.systemUTC());
    }
}
