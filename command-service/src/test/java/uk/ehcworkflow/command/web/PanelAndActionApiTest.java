package uk.ehcworkflow.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehcworkflow.command.CommandServiceTest;

/** Panel and Written Statement of Action commands over real HTTP and the embedded event store. */
class PanelAndActionApiTest extends CommandServiceTest {

    @Autowired
    JdbcTemplate jdbc;

    private static final String ACTION = """
            {"reference":"%s","areaOfWeakness":"Timeliness of EHC plans","title":"Review the 20-week process",
             "leads":["Head of SEND"],"dueBy":"2019-03-31",
             "successCriteria":[{"description":"More plans within 20 weeks","measure":"plans within 20 weeks (%%)",
                                 "baseline":42.6,"target":80,"targetDate":"2019-04-30"}]}""";

    private String assessment() throws Exception {
        return post("officer", "/api/assessments", """
                {"childName":"Rowan Madeup","dateOfBirth":"2016-05-05","requestReceivedOn":"2024-06-03","requestSource":"SCHOOL"}""")
                .body().get("assessmentId").asText();
    }

    @Test
    void the_panel_clerk_records_a_sitting_its_attendance_and_a_decision_on_an_existing_assessment() throws Exception {
        String assessment = assessment();
        Answer scheduled = post("panel", "/api/panels", "{\"heldOn\":\"2024-09-12\",\"kind\":\"SEND_PANEL\"}");
        assertThat(scheduled.status()).isEqualTo(201);
        String panel = "/api/panels/" + scheduled.body().get("panelId").asText();

        assertThat(post("panel", panel + "/attendance", "{\"member\":\"Dr Imaginary\",\"agency\":\"HEALTH\"}").status())
                .isEqualTo(204);
        assertThat(post("panel", panel + "/decisions", "{\"assessmentId\":\"" + assessment
                + "\",\"decision\":\"ASSESS\",\"rationale\":\"clear evidence of needs\"}").status()).isEqualTo(204);
        assertThat(post("panel", panel + "/decisions", "{\"assessmentId\":\"no-such-case\","
                + "\"decision\":\"ASSESS\",\"rationale\":\"r\"}").status()).isEqualTo(404);
        assertThat(post("panel", panel + "/decisions", "{\"assessmentId\":\"" + assessment
                + "\",\"decision\":\"ASSESS\"}").body().get("field").asText()).isEqualTo("rationale");
        assertThat(post("panel", panel + "/attendance", "{\"member\":\"X\",\"agency\":\"POLICE\"}").body()
                .get("field").asText()).isEqualTo("agency");
    }

    @Test
    void only_the_panel_clerk_records_panel_business_and_only_the_lead_changes_actions() throws Exception {
        assertThat(post("officer", "/api/panels", "{\"heldOn\":\"2024-09-12\",\"kind\":\"SEND_PANEL\"}").status()).isEqualTo(403);
        assertThat(post("auditor", "/api/actions", ACTION.formatted("9.1")).status()).isEqualTo(403);
        assertThat(post("panel", "/api/actions", ACTION.formatted("9.2")).status()).isEqualTo(403);
        assertThat(post("lead", "/api/panels", "{\"heldOn\":\"2024-09-12\",\"kind\":\"SEND_PANEL\"}").status()).isEqualTo(403);
    }

    @Test
    void a_reference_is_used_once_in_the_plan_and_the_refused_registration_stores_nothing() throws Exception {
        long eventsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        assertThat(post("lead", "/api/actions", ACTION.formatted("3.1")).status()).isEqualTo(201);

        Answer duplicate = post("lead", "/api/actions", ACTION.formatted("3.1"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("rule").asText()).isEqualTo("duplicate-reference");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class)).isEqualTo(eventsBefore + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM action_reference WHERE reference = '3.1'", Long.class)).isOne();
    }

    @Test
    void rag_changes_need_a_reason_and_complete_needs_evidence() throws Exception {
        String action = "/api/actions/" + post("lead", "/api/actions", ACTION.formatted("4.1")).body().get("actionId").asText();

        assertThat(post("lead", action + "/rag", "{\"rag\":\"AMBER\",\"asOf\":\"2018-09-01\"}").body().get("field").asText())
                .isEqualTo("reason");
        assertThat(post("lead", action + "/rag", "{\"rag\":\"PURPLE\",\"reason\":\"r\",\"asOf\":\"2018-09-01\"}")
                .body().get("field").asText()).isEqualTo("rag");
        assertThat(post("lead", action + "/rag", "{\"rag\":\"BLUE\",\"reason\":\"done\",\"asOf\":\"2018-09-01\"}")
                .body().get("rule").asText()).isEqualTo("completion-needs-evidence");
        assertThat(post("lead", action + "/progress", "{\"note\":\"Signed off\",\"evidence\":[\"Board minutes\"]}").status())
                .isEqualTo(204);
        assertThat(post("lead", action + "/rag", "{\"rag\":\"BLUE\",\"reason\":\"done\",\"asOf\":\"2018-09-01\"}").status())
                .isEqualTo(204);
        assertThat(post("lead", "/api/actions/no-such-action/rag", "{\"rag\":\"AMBER\",\"reason\":\"r\",\"asOf\":\"2018-09-01\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void a_measure_is_named_once_among_the_success_criteria() throws Exception {
        Answer answer = post("lead", "/api/actions", """
                {"reference":"5.1","areaOfWeakness":"a","title":"t","leads":["l"],"dueBy":"2019-03-31",
                 "successCriteria":[{"description":"one","measure":"m"},{"description":"two","measure":"m"}]}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("field").asText()).isEqualTo("successCriteria[1].measure");
    }

    @Test
    void a_reference_is_text_in_the_stated_format_and_figures_are_bounded_so_every_reader_can_use_what_is_stored()
            throws Exception {
        long eventsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);

        Answer number = post("lead", "/api/actions", ACTION.replace("\"%s\"", "1000000000000000000000000000000"));
        Answer longPart = post("lead", "/api/actions", ACTION.formatted("1000000000000000000000000000000"));
        Answer hugeFigure = post("lead", "/api/actions", ACTION.formatted("6.1").replace("\"target\":80", "\"target\":\"1e999999\""));

        assertThat(number.status()).isEqualTo(400);
        assertThat(number.body().get("field").asText()).isEqualTo("reference");
        assertThat(longPart.status()).isEqualTo(400);
        assertThat(longPart.body().get("field").asText()).isEqualTo("reference");
        assertThat(hugeFigure.status()).isEqualTo(400);
        assertThat(hugeFigure.body().get("field").asText()).isEqualTo("successCriteria[0].target");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class)).isEqualTo(eventsBefore);
    }
}
