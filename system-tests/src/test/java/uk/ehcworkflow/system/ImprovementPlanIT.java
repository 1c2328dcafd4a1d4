package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;

/**
 * An improvement lead registers a Written Statement of Action like the ones local areas
 * publish (made up here: a dozen actions over three areas of weakness), moves RAG statuses
 * with reasons over time, and reads the board, histories and highlight reports for past dates.
 */
class ImprovementPlanIT extends RunningServices {

    /** It registers the area's Written Statement of Action, whose action numbers are the area's own. */
    @Override
    protected boolean sharesServices() {
        return false;
    }

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

    private void lead(String path, String body) {
        Api.Answer answer = api.post("lead", commands.port(), path, body);
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(204);
    }

    private void rag(String reference, String rag, String reason, String asOf) {
        lead("/api/actions/" + actionIds.get(reference) + "/rag",
                "{\"rag\":\"" + rag + "\",\"reason\":\"" + reason + "\",\"asOf\":\"" + asOf + "\"}");
    }

    /** The lead registers the plan, then over months moves RAG statuses and records actuals and evidence. */
    @BeforeAll
    void aPlanWorkedOnSinceAutumn2018() {
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
        api.await("auditor", queries.port(), "/api/actions", answer -> answer.status() == 200
                && answer.json().size() == PLAN.size() && "AMBER".equals(rag(answer.json(), "3.1")));
    }

    @Test
    void an_action_is_complete_only_once_evidence_of_its_completion_is_recorded() {
        Api.Answer refused = api.post("lead", commands.port(), "/api/actions/" + actionIds.get("3.2") + "/rag",
                "{\"rag\":\"BLUE\",\"reason\":\"done\",\"asOf\":\"2019-01-01\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asText()).isEqualTo("completion-needs-evidence");
        assertThat(api.get("auditor", queries.port(), "/api/actions/" + actionIds.get("1.1")).json().get("rag").asText())
                .isEqualTo("BLUE");
    }

    @Test
    void the_board_lists_every_action_in_plan_order_with_its_current_rag_and_overdue_flag() {
        JsonNode board = api.get("auditor", queries.port(), "/api/actions").json();

        assertThat(board).extracting(entry -> entry.get("reference").asText())
                .containsExactly(PLAN.stream().map(action -> action[0]).toArray(String[]::new));
        assertThat(rag(board, "1.1")).isEqualTo("BLUE");
        assertThat(rag(board, "2.1")).isEqualTo("GREEN");
        assertThat(rag(board, "2.2")).isEqualTo("RED");
        assertThat(entry(board, "2.2").get("overdue").asBoolean()).isTrue();
        assertThat(entry(board, "1.1").get("overdue").asBoolean()).isFalse();
        assertThat(entry(board, "1.1").at("/latestProgress/note").asText()).isEqualTo("Protocol signed by all partners");
    }

    @Test
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
