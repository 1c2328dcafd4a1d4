package uk.ehcworkflow.query.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.panel.PanelDecision;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;

class ChildDetailsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);

    @Test
    void the_people_who_work_the_case_see_the_childs_name_dashboards_and_leads_never() {
        AssessmentTimeline timeline = CaseFacts.received("a", RECEIVED).record();

        assertThat(ChildDetails.visibleTo(new Actor("o", Role.CASE_OFFICER, null), timeline)).isTrue();
        assertThat(ChildDetails.visibleTo(new Actor("u", Role.AUDITOR, null), timeline)).isTrue();
        assertThat(ChildDetails.visibleTo(new Actor("a", Role.ADMIN, null), timeline)).isTrue();
        assertThat(ChildDetails.visibleTo(new Actor("d", Role.DASHBOARD, null), timeline)).isFalse();
        assertThat(ChildDetails.visibleTo(new Actor("l", Role.IMPROVEMENT_LEAD, null), timeline)).isFalse();
    }

    @Test
    void an_agency_sees_it_only_on_cases_it_was_asked_to_advise_on_and_the_panel_only_on_cases_a_panel_decided() {
        AssessmentTimeline asked = CaseFacts.received("a", RECEIVED).adviceRequested("h", Agency.HEALTH, RECEIVED.plusDays(30)).record();

        assertThat(ChildDetails.visibleTo(new Actor("h", Role.AGENCY, "HEALTH"), asked)).isTrue();
        assertThat(ChildDetails.visibleTo(new Actor("s", Role.AGENCY, "SOCIAL_CARE"), asked)).isFalse();
        assertThat(ChildDetails.visibleTo(new Actor("p", Role.PANEL, null), asked)).isFalse();
        asked.notePanelDecision(new AssessmentTimeline.PanelAdvice("panel-1", RECEIVED.plusDays(20),
                PanelDecision.ASSESS, "evident", null, "panel"));
        assertThat(ChildDetails.visibleTo(new Actor("p", Role.PANEL, null), asked)).isTrue();
    }
}
