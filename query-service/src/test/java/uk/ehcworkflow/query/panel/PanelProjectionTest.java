package uk.ehcworkflow.query.panel;

import static org.assertj.core.api.Assertions.assertThat;

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
import uk.ehcworkflow.query.readmodel.ProjectionHarness;

class PanelProjectionTest {

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
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

        PanelReports.CoverageReport coverage = PanelReports.coverage(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), stored());

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

        PanelReports.DecisionReport report = PanelReports.decisions(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 31), stored());

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

        harness.deliver(projection, 0, harness.size());

        assertThat(stored().stream().map(PanelReports::sitting).toList()).isEqualTo(once);
    }
}
