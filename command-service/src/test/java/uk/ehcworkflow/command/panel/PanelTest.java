package uk.ehcworkflow.command.panel;

import static uk.ehcworkflow.command.common.Refusals.refusedFor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.command.assessment.KnownAssessments;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.events.panel.PanelAgency;
import uk.ehcworkflow.events.panel.PanelAttendanceRecorded;
import uk.ehcworkflow.events.panel.PanelDecision;
import uk.ehcworkflow.events.panel.PanelDecisionRecorded;
import uk.ehcworkflow.events.panel.PanelKind;
import uk.ehcworkflow.events.panel.PanelScheduled;

class PanelTest {

    private static final String PANEL = "panel-1";
    private static final LocalDate HELD_ON = LocalDate.of(2024, 9, 12);
    private static final PanelScheduled SCHEDULED = new PanelScheduled(PANEL, HELD_ON, PanelKind.SEND_PANEL);
    private static final PanelAttendanceRecorded DCO_ATTENDED =
            new PanelAttendanceRecorded(PANEL, "Dr Imaginary", PanelAgency.HEALTH);
    /** The assessments this panel could decide on: case 7, open, requested before it sat; case 8, closed; case 9, requested after. */
    private static final KnownAssessments KNOWN = id -> Optional.ofNullable(Map.of(
            "case-7", new KnownAssessments.Facts(HELD_ON.minusWeeks(4), false),
            "case-8", new KnownAssessments.Facts(HELD_ON.minusWeeks(30), true),
            "case-9", new KnownAssessments.Facts(HELD_ON.plusDays(1), false)).get(id));

    private FixtureConfiguration<Panel> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Panel.class);
        fixture.registerInjectableResource(Clock.fixed(HELD_ON.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        fixture.registerInjectableResource(KNOWN);
    }

    @Test
    void a_panel_is_scheduled_for_a_day_and_kind() {
        fixture.givenNoPriorActivity()
                .when(new SchedulePanel(PANEL, HELD_ON, PanelKind.SEND_PANEL))
                .expectEvents(SCHEDULED);
    }

    @Test
    void members_attend_for_their_agency() {
        fixture.given(SCHEDULED)
                .when(new RecordAttendance(PANEL, "Dr Imaginary", PanelAgency.HEALTH))
                .expectEvents(DCO_ATTENDED);
    }

    @Test
    void the_same_member_is_not_recorded_twice_for_the_same_agency() {
        refusedFor(fixture.given(SCHEDULED, DCO_ATTENDED).when(new RecordAttendance(PANEL, "dr imaginary ", PanelAgency.HEALTH)),
                RuleBroken.class, Panel.DUPLICATE_ATTENDANCE);
    }

    @Test
    void nothing_is_recorded_for_a_panel_before_the_day_it_sits() {
        refusedFor(fixture.given(new PanelScheduled(PANEL, HELD_ON.plusDays(7), PanelKind.SEND_PANEL))
                        .when(new RecordAttendance(PANEL, "Dr Imaginary", PanelAgency.HEALTH)),
                RuleBroken.class, Panel.NOT_YET_HELD);
    }

    @Test
    void a_panel_decides_on_an_assessment_with_its_rationale_and_the_day_it_sat() {
        fixture.given(SCHEDULED, DCO_ATTENDED)
                .when(new RecordPanelDecision(PANEL, "case-7", PanelDecision.ASSESS, "evidence of needs from school"))
                .expectEvents(new PanelDecisionRecorded(PANEL, HELD_ON, "case-7", PanelDecision.ASSESS,
                        "evidence of needs from school"));
    }

    @Test
    void a_panel_with_no_attendance_recorded_cannot_decide() {
        refusedFor(fixture.given(SCHEDULED).when(new RecordPanelDecision(PANEL, "case-7", PanelDecision.ASSESS, "r")),
                RuleBroken.class, Panel.NO_ATTENDANCE);
    }

    @Test
    void a_decision_must_name_an_assessment_that_exists() {
        refusedFor(fixture.given(SCHEDULED, DCO_ATTENDED)
                        .when(new RecordPanelDecision(PANEL, "case-99", PanelDecision.ASSESS, "r")),
                UnknownReference.class, Panel.UNKNOWN_ASSESSMENT);
    }

    @Test
    void a_panel_advises_only_on_an_open_case() {
        refusedFor(fixture.given(SCHEDULED, DCO_ATTENDED)
                        .when(new RecordPanelDecision(PANEL, "case-8", PanelDecision.ASSESS, "r")),
                RuleBroken.class, Panel.ASSESSMENT_CLOSED);
    }

    @Test
    void a_panel_cannot_advise_on_a_request_received_after_it_sat() {
        refusedFor(fixture.given(SCHEDULED, DCO_ATTENDED)
                        .when(new RecordPanelDecision(PANEL, "case-9", PanelDecision.ASSESS, "r")),
                RuleBroken.class, Panel.BEFORE_REQUEST);
    }

    @Test
    void one_sitting_records_one_decision_per_assessment() {
        refusedFor(fixture.given(SCHEDULED, DCO_ATTENDED,
                                new PanelDecisionRecorded(PANEL, HELD_ON, "case-7", PanelDecision.ASSESS, "r"))
                        .when(new RecordPanelDecision(PANEL, "case-7", PanelDecision.DEFERRED, "second thoughts")),
                RuleBroken.class, Panel.ALREADY_DECIDED);
    }
}
