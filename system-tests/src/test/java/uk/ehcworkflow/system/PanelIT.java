package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;

/**
 * A panel clerk records two sittings in the autumn of 2023, who attended for which agency and
 * what each decided on a case; the decisions show on the case they informed and in the
 * dashboards' attendance and decision figures. Its figures are the whole area's for 2023, a year
 * in which no other class holds a sitting (the fuzz tests' sittings are in 2024 or today's year).
 */
class PanelIT extends RunningServices {

    private String assessment;

    @BeforeAll
    void twoSittingsDecideOnOneCase() {
        assessment = api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"Eli Invented\","
                + "\"dateOfBirth\":\"2017-02-02\",\"requestReceivedOn\":\"2023-08-01\",\"requestSource\":\"SCHOOL\"}")
                .json().get("assessmentId").asText();
        String first = schedule("2023-09-12", "SEND_PANEL", "HEALTH", "LOCAL_AUTHORITY");
        String second = schedule("2023-10-10", "JOINT_PLACEMENT_PANEL", "LOCAL_AUTHORITY");
        assertThat(api.post("panel", commands.port(), "/api/panels/" + first + "/decisions", "{\"assessmentId\":\""
                + assessment + "\",\"decision\":\"ASSESS\",\"rationale\":\"School evidence of needs\"}").status()).isEqualTo(204);
        assertThat(api.post("panel", commands.port(), "/api/panels/" + second + "/decisions", "{\"assessmentId\":\""
                + assessment + "\",\"decision\":\"DEFERRED\",\"rationale\":\"Awaiting health advice\"}").status()).isEqualTo(204);
        api.await("panel", queries.port(), "/api/panels?year=2023",
                answer -> answer.status() == 200 && answer.json().size() == 2
                        && answer.json().at("/1/decisions").size() == 1);
    }

    @Test
    void a_panels_decisions_show_on_the_case_they_informed_without_being_its_statutory_steps() {
        JsonNode timeline = api.await("officer", queries.port(), "/api/assessments/" + assessment,
                answer -> answer.status() == 200 && answer.json().get("panelDecisions").size() == 2).json();

        assertThat(timeline.at("/panelDecisions/0/decision").asText()).isEqualTo("ASSESS");
        assertThat(timeline.at("/panelDecisions/0/heldOn").asText()).isEqualTo("2023-09-12");
        assertThat(timeline.at("/panelDecisions/1/decision").asText()).isEqualTo("DEFERRED");
        assertThat(timeline.get("milestones")).isEmpty();
    }

    @Test
    void dashboards_see_how_often_each_agency_attended_and_what_was_decided_month_by_month() {
        JsonNode coverage = api.get("dashboard", queries.port(), "/api/panels/coverage?from=2023-09-01&to=2023-10-31").json();
        assertThat(coverage.get("sittings").asLong()).isEqualTo(2);
        assertThat(agency(coverage, "HEALTH").get("percentAttended").asDouble()).isEqualTo(50.0);
        assertThat(agency(coverage, "LOCAL_AUTHORITY").get("percentAttended").asDouble()).isEqualTo(100.0);

        JsonNode decisions = api.get("dashboard", queries.port(), "/api/panels/decisions-by-month?year=2023").json();
        assertThat(decisions.at("/byOutcome/ASSESS").asLong()).isEqualTo(1);
        assertThat(decisions.at("/months/9/byOutcome/DEFERRED").asLong()).isEqualTo(1);
    }

    @Test
    void the_panel_sees_each_sitting_with_who_attended_and_dashboards_do_not() {
        JsonNode sittings = api.get("panel", queries.port(), "/api/panels?year=2023").json();

        assertThat(sittings).hasSize(2);
        assertThat(sittings.at("/0/attendance/HEALTH/0").asText()).isEqualTo("Dr Imaginary");
        assertThat(api.get("dashboard", queries.port(), "/api/panels?year=2023").status()).isEqualTo(403);
    }

    private String schedule(String heldOn, String kind, String... agencies) {
        Api.Answer scheduled = api.post("panel", commands.port(), "/api/panels",
                "{\"heldOn\":\"" + heldOn + "\",\"kind\":\"" + kind + "\"}");
        String panelId = scheduled.json().get("panelId").asText();
        for (String agency : agencies) {
            String member = agency.equals("HEALTH") ? "Dr Imaginary" : "Officer Pretend";
            assertThat(api.post("panel", commands.port(), "/api/panels/" + panelId + "/attendance",
                    "{\"member\":\"" + member + "\",\"agency\":\"" + agency + "\"}").status()).isEqualTo(204);
        }
        return panelId;
    }

    private static JsonNode agency(JsonNode coverage, String agency) {
        for (JsonNode entry : coverage.get("agencies")) {
            if (entry.get("agency").asText().equals(agency)) {
                return entry;
            }
        }
        throw new AssertionError("no coverage for " + agency);
    }
}
