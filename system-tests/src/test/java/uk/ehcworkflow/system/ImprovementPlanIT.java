package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;

/**
 * An improvement lead registers a Written Statement of Action like the ones local areas
 * publish (made up here: a dozen actions over three areas of weakness), moves RAG statuses
 * with reasons over time, and reads the board, histories and highlight reports for past dates;
 * a panel clerk records sittings whose decisions show on the case they informed.
 */
class ImprovementPlanIT extends RunningServices {

    private static final List<String[]> PLAN = List.of(
            new String[] {"1.1", "Joint commissioning", "Agree a joint funding protocol"},
            new String[] {"1.2", "Joint commissioning", "Set up a joint commissioning board"},
            new String[] {"1.3", "Joint commissioning", "Map health provision for 0 to 25"},
            new String[] {"1.4", "Joint commissioning", "Publish the local offer review"},
            new String[] {"2.1", "Timeliness of EHC plans", "Review the 20-week process"},
            new String[] {"2.2", "Timeliness of EHC plans", "Introduce a 6-week decision tracker"},
            new String[] {"2.3", "Timeliness of EHC plans", "Agree advice turnaround with health"},
            new String[] {"2.4", "Timeliness of EHC plans", "Quality-assure draft plans"},
            new String[] {"3.1", "Co-production with families", "Co-produce plan templates with parents"},
            new String[] {"3.2", "Co-production with families", "Train officers in person-centred reviews"},
            new String[] {"3.3", "Co-production with families", "Survey families after each plan"},
            new String[] {"3.4", "Co-production with families", "Report survey results to the board"});

    private final Map<String, String> actionIds = new HashMap<>();
    private String assessment;

    private void lead(String path, String body) {
        Api.Answer answer = api.post("lead", commands.port(), path, body);
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(204);
    }

    private void rag(String reference, String rag, String reason, String asOf) {
        lead("/api/actions/" + actionIds.get(reference) + "/rag",
                "{\"rag\":\"" + rag + "\",\"reason\":\"" + reason + "\",\"asOf\":\"" + asOf + "\"}");
    }

    @Test
    @Order(1)
    void the_lead_registers_a_dozen_actions_over_three_areas_of_weakness() {
        for (String[] action : PLAN) {
            String criteria = action[0].equals("2.1")
                    ? "[{\"description\":\"More plans issued within 20 weeks\",\"measure\":\"plans within 20 weeks (%)\","
                    + "\"baseline\":42.6,\"target\":80,\"targetDate\":\"2019-04-30\"}]"
                    : "[{\"description\":\"Signed off by the SEND improvement board\"}]";
            Api.Answer answer = api.post("lead", commands.port(), "/api/actions", "{\"reference\":\"" + action[0]
                    + "\",\"areaOfWeakness\":\"" + action[1] + "\",\"title\":\"" + action[2]
                    + "\",\"leads\":[\"Head of SEND\"],\"dueBy\":\"2019-03-31\",\"successCriteria\":" + criteria + "}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            actionIds.put(action[0], answer.json().get("actionId").asText());
        }
    }

    @Test
    @Order(2)
    void rags_move_over_time_with_reasons_and_actuals_are_recorded_against_targets() {
        rag("2.1", "AMBER", "Process review under way", "2018-09-01");
        lead("/api/actions/" + actionIds.get("2.1") + "/measures",
                "{\"measure\":\"plans within 20 weeks (%)\",\"value\":55.0,\"asOf\":\"2018-12-31\"}");
        rag("2.1", "GREEN", "New process is business as usual", "2019-02-01");
        lead("/api/actions/" + actionIds.get("2.1") + "/measures",
                "{\"measure\":\"plans within 20 weeks (%)\",\"value\":64.8,\"asOf\":\"2019-03-31\"}");
        rag("1.1", "AMBER", "Draft protocol with the ICB", "2018-10-15");
        lead("/api/actions/" + actionIds.get("1.1") + "/progress",
                "{\"note\":\"Protocol signed by all partners\",\"evidence\":[\"Signed protocol, board paper 12\"]}");
        rag("1.1", "BLUE", "Protocol in force", "2019-01-20");
        rag("3.1", "AMBER", "Workshops with the parent carer forum", "2018-11-05");

        Api.Answer refused = api.post("lead", commands.port(), "/api/actions/" + actionIds.get("3.2") + "/rag",
                "{\"rag\":\"BLUE\",\"reason\":\"done\",\"asOf\":\"2019-01-01\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asText()).isEqualTo("completion-needs-evidence");
    }

    @Test
    @Order(3)
    void the_board_lists_every_action_in_plan_order_with_its_current_rag_and_overdue_flag() {
        JsonNode board = api.await("auditor", queries.port(), "/api/actions", answer -> answer.status() == 200
                && answer.json().size() == 12 && "AMBER".equals(rag(answer.json(), "3.1"))).json();

        assertThat(board.get(0).get("reference").asText()).isEqualTo("1.1");
        assertThat(rag(board, "1.1")).isEqualTo("BLUE");
        assertThat(rag(board, "2.1")).isEqualTo("GREEN");
        assertThat(rag(board, "2.2")).isEqualTo("RED");
        assertThat(entry(board, "2.2").get("overdue").asBoolean()).isTrue();
        assertThat(entry(board, "1.1").get("overdue").asBoolean()).isFalse();
        assertThat(entry(board, "1.1").at("/latestProgress/note").asText()).isEqualTo("Protocol signed by all partners");
    }

    @Test
    @Order(4)
    void an_actions_history_shows_every_change_from_and_to_with_reason_author_and_both_dates() {
        JsonNode history = api.get("auditor", queries.port(), "/api/actions/" + actionIds.get("2.1") + "/history").json();

        assertThat(history).hasSize(5);
        JsonNode toGreen = history.get(3);
        assertThat(toGreen.get("what").asText()).isEqualTo("RAG_CHANGED");
        assertThat(toGreen.get("from").asText()).isEqualTo("AMBER");
        assertThat(toGreen.get("to").asText()).isEqualTo("GREEN");
        assertThat(toGreen.get("reason").asText()).isEqualTo("New process is business as usual");
        assertThat(toGreen.get("recordedBy").asText()).isEqualTo("lead");
        assertThat(toGreen.get("effectiveOn").asText()).isEqualTo("2019-02-01");
        assertThat(toGreen.get("recordedAt").asText()).isNotBlank();
        assertThat(api.get("auditor", queries.port(), "/api/actions/" + actionIds.get("2.1")).json().get("rag").asText())
                .isEqualTo("GREEN");
        assertThat(api.get("auditor", queries.port(), "/api/actions/no-such-action").status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void the_highlight_report_for_a_past_date_shows_each_area_with_rags_and_measures_as_they_stood() {
        JsonNode report = api.get("auditor", queries.port(), "/api/actions/highlight-report?asOf=2019-01-01").json();

        assertThat(report.get("areas")).extracting(area -> area.get("areaOfWeakness").asText())
                .containsExactly("Joint commissioning", "Timeliness of EHC plans", "Co-production with families");
        JsonNode timeliness = report.get("areas").get(1).get("actions").get(0);
        assertThat(timeliness.get("reference").asText()).isEqualTo("2.1");
        assertThat(timeliness.get("rag").asText()).isEqualTo("AMBER");
        assertThat(timeliness.get("ragReason").asText()).isEqualTo("Process review under way");
        assertThat(timeliness.at("/measures/0/baseline").asDouble()).isEqualTo(42.6);
        assertThat(timeliness.at("/measures/0/target").asDouble()).isEqualTo(80.0);
        assertThat(timeliness.at("/measures/0/actuals")).hasSize(1);
        assertThat(report.at("/areas/0/actions/0/rag").asText()).isEqualTo("AMBER");

        Api.Answer page = api.getAccepting("auditor", queries.port(), "/api/actions/highlight-report?asOf=2019-04-30",
                "text/html,application/xhtml+xml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("Timeliness of EHC plans")
                .contains("64.8 (2019-03-31)").contains(">GREEN<").contains(">BLUE<");
        assertThat(api.get("auditor", queries.port(), "/api/actions/highlight-report?asOf=yesterday").status()).isEqualTo(400);
    }

    @Test
    @Order(6)
    void panels_record_attendance_and_decisions_which_show_on_the_case_they_informed() {
        assessment = api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"Eli Invented\","
                + "\"dateOfBirth\":\"2017-02-02\",\"requestReceivedOn\":\"2024-08-01\",\"requestSource\":\"SCHOOL\"}")
                .json().get("assessmentId").asText();
        String first = schedule("2024-09-12", "SEND_PANEL", "HEALTH", "LOCAL_AUTHORITY");
        String second = schedule("2024-10-10", "JOINT_PLACEMENT_PANEL", "LOCAL_AUTHORITY");
        assertThat(api.post("panel", commands.port(), "/api/panels/" + first + "/decisions", "{\"assessmentId\":\""
                + assessment + "\",\"decision\":\"ASSESS\",\"rationale\":\"School evidence of needs\"}").status()).isEqualTo(204);
        assertThat(api.post("panel", commands.port(), "/api/panels/" + second + "/decisions", "{\"assessmentId\":\""
                + assessment + "\",\"decision\":\"DEFERRED\",\"rationale\":\"Awaiting health advice\"}").status()).isEqualTo(204);

        JsonNode timeline = api.await("officer", queries.port(), "/api/assessments/" + assessment,
                answer -> answer.status() == 200 && answer.json().get("panelDecisions").size() == 2).json();
        assertThat(timeline.at("/panelDecisions/0/decision").asText()).isEqualTo("ASSESS");
        assertThat(timeline.at("/panelDecisions/0/heldOn").asText()).isEqualTo("2024-09-12");
        assertThat(timeline.get("milestones")).isEmpty();

        JsonNode coverage = api.get("dashboard", queries.port(), "/api/panels/coverage?from=2024-09-01&to=2024-10-31").json();
        assertThat(coverage.get("sittings").asLong()).isEqualTo(2);
        assertThat(agency(coverage, "HEALTH").get("percentAttended").asDouble()).isEqualTo(50.0);
        assertThat(agency(coverage, "LOCAL_AUTHORITY").get("percentAttended").asDouble()).isEqualTo(100.0);
        JsonNode decisions = api.get("dashboard", queries.port(), "/api/panels/decisions-by-month?year=2024").json();
        assertThat(decisions.at("/byOutcome/ASSESS").asLong()).isEqualTo(1);
        assertThat(decisions.at("/months/9/byOutcome/DEFERRED").asLong()).isEqualTo(1);
        JsonNode sittings = api.get("panel", queries.port(), "/api/panels?year=2024").json();
        assertThat(sittings).hasSize(2);
        assertThat(sittings.at("/0/attendance/HEALTH/0").asText()).isEqualTo("Dr Imaginary");
        assertThat(api.get("dashboard", queries.port(), "/api/panels?year=2024").status()).isEqualTo(403);
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

    private static JsonNode entry(JsonNode board, String reference) {
        for (JsonNode entry : board) {
            if (entry.get("reference").asText().equals(reference)) {
                return entry;
            }
        }
        throw new AssertionError("no action " + reference);
    }

    private static String rag(JsonNode board, String reference) {
        return entry(board, reference).get("rag").asText();
    }
}
