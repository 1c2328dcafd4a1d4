package uk.ehcworkflow.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehcworkflow.command.CommandServiceTest;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.PageTokens;
import uk.ehcworkflow.platform.security.Role;

/** The command API over real HTTP, on the embedded H2 event store in a temporary folder. */
class CommandApiTest extends CommandServiceTest {

    @Autowired
    PageTokens pageTokens;

    @Autowired
    JdbcTemplate jdbc;

    private String open() throws Exception {
        Answer answer = post("officer", "/api/assessments", """
                {"childName":"Robin Madeup","dateOfBirth":"2016-02-29","requestReceivedOn":"2024-06-03","requestSource":"PARENT"}""");
        assertThat(answer.status()).isEqualTo(201);
        return answer.body().get("assessmentId").asText();
    }

    /** The child's key is stored in the same transaction as the case's first events, or not at all. */
    @Test
    void a_refused_request_leaves_no_key_behind_and_an_accepted_one_stores_its_key_with_its_events() throws Exception {
        int keysBefore = jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_key", Integer.class);
        Answer refused = post("officer", "/api/assessments", """
                {"childName":"Kit Madeup","dateOfBirth":"2016-02-29","requestReceivedOn":"2099-06-03","requestSource":"PARENT"}""");
        assertThat(refused.status()).isIn(400, 409);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_key", Integer.class)).isEqualTo(keysBefore);

        String id = open();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_key WHERE key_id = ?", Integer.class, id)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Integer.class, id))
                .isEqualTo(3); // opened, its reference, its caseload
    }

    @Test
    void a_case_officer_opens_an_assessment_and_gets_its_id_and_a_reference_of_the_year_it_was_received() throws Exception {
        Answer first = post("officer", "/api/assessments", """
                {"childName":"Robin Madeup","dateOfBirth":"2016-02-29","requestReceivedOn":"2023-06-03","requestSource":"PARENT"}""");
        Answer second = post("officer", "/api/assessments", """
                {"childName":"Sky Madeup","dateOfBirth":"2016-03-01","requestReceivedOn":"2023-06-04","requestSource":"PARENT"}""");

        assertThat(first.body().get("assessmentId").asText()).isNotBlank();
        int number = Integer.parseInt(first.body().get("reference").asText().substring("EHC-2023-".length()));
        assertThat(first.body().get("reference").asText()).matches("EHC-2023-\\d{5}");
        assertThat(second.body().get("reference").asText()).isEqualTo(String.format("EHC-2023-%05d", number + 1));
    }

    @Test
    void the_steps_offered_next_are_those_the_rules_accept_today() throws Exception {
        String id = open();

        Answer next = get("officer", "/api/assessments/" + id + "/next-steps");

        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().get("open").asBoolean()).isTrue();
        assertThat(next.body().get("milestones")).extracting(JsonNode::asText)
                .containsExactly("DECISION_TO_ASSESS", "DECISION_NOT_TO_ASSESS", "REQUEST_WITHDRAWN", "TRANSFERRED_OUT");
        assertThat(get("officer", "/api/assessments/no-such-case/next-steps").status()).isEqualTo(404);
    }

    @Test
    void a_page_token_of_this_installation_acts_as_its_person_under_the_same_rules() throws Exception {
        String officer = "Bearer " + pageTokens.mint(new Actor("officer", Role.CASE_OFFICER, null), Instant.now());
        String agency = "Bearer " + pageTokens.mint(new Actor("ep", Role.AGENCY, "EDUCATIONAL_PSYCHOLOGY"), Instant.now());
        String foreign = "Bearer " + PageTokens.fromKeyFile(Files.createTempDirectory("elsewhere").resolve("key"))
                .mint(new Actor("officer", Role.CASE_OFFICER, null), Instant.now());
        String body = """
                {"childName":"Tay Madeup","dateOfBirth":"2016-02-29","requestReceivedOn":"2024-06-03","requestSource":"PARENT"}""";

        assertThat(send(officer, "POST", "/api/assessments", "application/json", body).status()).isEqualTo(201);
        assertThat(send(agency, "POST", "/api/assessments", "application/json", body).status()).isEqualTo(403);
        assertThat(send(foreign, "POST", "/api/assessments", "application/json", body).status()).isEqualTo(401);
    }

    @Test
    void an_admin_erases_a_childs_details_once_and_only_an_admin_may() throws Exception {
        String id = open();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_key WHERE key_id = ?", Integer.class, id)).isOne();

        assertThat(post("officer", "/api/assessments/" + id + "/erasure", "{\"reason\":\"asked\"}").status()).isEqualTo(403);
        assertThat(post("admin", "/api/assessments/" + id + "/erasure", "{\"reason\":\" \"}").body().get("field").asText())
                .isEqualTo("reason");
        assertThat(post("admin", "/api/assessments/" + id + "/erasure", "{\"reason\":\"erasure request\"}").status())
                .isEqualTo(204);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_key WHERE key_id = ?", Integer.class, id)).isZero();
        Answer again = post("admin", "/api/assessments/" + id + "/erasure", "{\"reason\":\"erasure request\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("personal-data-already-erased");
        assertThat(post("admin", "/api/assessments/no-such-case/erasure", "{\"reason\":\"r\"}").status()).isEqualTo(404);
    }

    @Test
    void the_childs_name_and_date_of_birth_never_reach_the_event_store_in_plain_text() throws Exception {
        String id = open();

        List<byte[]> payloads = jdbc.query("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                (row, n) -> row.getBytes(1), id);
        assertThat(payloads).isNotEmpty().allSatisfy(payload -> {
            String stored = new String(payload, StandardCharsets.UTF_8);
            assertThat(stored).doesNotContain("Robin").doesNotContain("Madeup").doesNotContain("2016-02-29");
        });
    }

    @Test
    void every_event_carries_who_recorded_it_and_a_correlation_id() throws Exception {
        String id = open();

        String metadata = jdbc.queryForObject(
                "SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8), id);
        JsonNode parsed = json.readTree(metadata);
        assertThat(parsed.get("user").asText()).isEqualTo("officer");
        assertThat(parsed.get("role").asText()).isEqualTo("CASE_OFFICER");
        assertThat(parsed.get("correlationId").asText()).isNotBlank();
    }

    @Test
    void a_step_out_of_order_is_refused_with_409_naming_the_rule_and_nothing_is_stored() throws Exception {
        String id = open();

        Answer answer = post("officer", "/api/assessments/" + id + "/milestones",
                "{\"milestone\":\"FINAL_PLAN_ISSUED\",\"occurredOn\":\"2024-09-01\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("rule").asText()).isEqualTo("steps-in-order");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Integer.class, id)).isEqualTo(3); // opened, its reference and its caseload, nothing more
    }

    @Test
    void a_date_before_the_request_is_refused_with_409_naming_the_rule_and_the_date_s_field() throws Exception {
        String id = open();

        Answer answer = post("officer", "/api/assessments/" + id + "/milestones",
                "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2024-01-01\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().get("rule").asText()).isEqualTo("date-before-request");
        assertThat(answer.body().get("field").asText()).isEqualTo("occurredOn");
    }

    @Test
    void malformed_json_unknown_values_impossible_dates_and_missing_fields_are_400s_naming_the_field() throws Exception {
        String id = open();
        String path = "/api/assessments/" + id + "/milestones";

        assertThat(post("officer", path, "{\"milestone\":").body().get("field").asText()).isEqualTo("body");
        assertThat(post("officer", path, "{\"milestone\":\"PLAN_DONE\",\"occurredOn\":\"2024-07-01\"}").body()
                .get("field").asText()).isEqualTo("milestone");
        assertThat(post("officer", path, "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2024-02-30\"}").body()
                .get("field").asText()).isEqualTo("occurredOn");
        Answer missing = post("officer", path, "{\"milestone\":\"DECISION_TO_ASSESS\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body().get("field").asText()).isEqualTo("occurredOn");
        assertThat(post("officer", "/api/assessments", "{\"childName\":\"A\",\"dateOfBirth\":\"2016-01-01\","
                + "\"requestReceivedOn\":\"2024-06-03\",\"requestSource\":\"NEIGHBOUR\"}").body().get("field").asText())
                .isEqualTo("requestSource");
    }

    @Test
    void an_unknown_assessment_or_advice_request_is_a_404() throws Exception {
        assertThat(post("officer", "/api/assessments/no-such-case/milestones",
                "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2024-07-01\"}").status()).isEqualTo(404);
        String id = open();
        assertThat(post("officer", "/api/assessments/" + id + "/advice-requests/no-such-request/submission",
                "{\"submittedOn\":\"2024-07-01\"}").status()).isEqualTo(404);
    }

    @Test
    void agency_staff_submit_advice_only_for_their_own_agency() throws Exception {
        String id = open();
        String requestId = post("officer", "/api/assessments/" + id + "/advice-requests",
                "{\"agency\":\"SOCIAL_CARE\",\"requestedOn\":\"2024-06-10\"}").body().get("adviceRequestId").asText();
        String submission = "/api/assessments/" + id + "/advice-requests/" + requestId + "/submission";

        assertThat(post("health", submission, "{\"submittedOn\":\"2024-07-01\"}").status()).isEqualTo(403);
        assertThat(post("socialcare", submission, "{\"submittedOn\":\"2024-07-01\"}").status()).isEqualTo(204);
    }

    @Test
    void a_case_is_held_by_the_officer_who_logged_it_and_an_officer_or_a_manager_moves_it_to_an_officer_and_team_the_area_knows()
            throws Exception {
        String id = open();
        assertThat(lastEvent(id).path("holder").path("officer").asText()).isEqualTo("officer");
        String assignment = "/api/assessments/" + id + "/assignment";

        assertThat(put("manager", assignment, "{\"officer\":\"officer2\",\"team\":\"South\"}").status()).isEqualTo(204);
        assertThat(lastEvent(id).path("holder").path("team").asText()).isEqualTo("South");
        assertThat(put("auditor", assignment, "{\"officer\":\"officer\"}").status()).isEqualTo(403);
        assertThat(put("ep", assignment, "{\"officer\":\"officer\"}").status()).isEqualTo(403);
        Answer unknown = put("officer", assignment, "{\"officer\":\"nobody\",\"team\":\"North\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("field").asText()).isEqualTo("officer");
        assertThat(unknown.body().get("rule").asText()).isEqualTo("unknown-officer");
        assertThat(put("officer", assignment, "{\"officer\":\"officer\",\"team\":\"Atlantis\"}").body().get("rule").asText())
                .isEqualTo("unknown-team");
        assertThat(put("officer", assignment, "{\"officer\":\" \"}").body().get("field").asText()).isEqualTo("officer");
        assertThat(put("officer", "/api/assessments/8f0b6a50-0000-4000-8000-000000000009/assignment",
                "{\"officer\":\"officer\"}").status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Integer.class, id)).isEqualTo(4); // opened, its reference, its caseload, the move
    }

    private JsonNode lastEvent(String id) throws Exception {
        String payload = jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber DESC LIMIT 1", (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8), id);
        return json.readTree(payload);
    }

    @Test
    void auditors_dashboards_and_agencies_cannot_log_steps_and_strangers_must_sign_in() throws Exception {
        String id = open();
        String step = "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2024-07-01\"}";

        assertThat(post("auditor", "/api/assessments/" + id + "/milestones", step).status()).isEqualTo(403);
        assertThat(post("dashboard", "/api/assessments/" + id + "/milestones", step).status()).isEqualTo(403);
        assertThat(post("ep", "/api/assessments/" + id + "/milestones", step).status()).isEqualTo(403);
        Answer anonymous = post(null, "/api/assessments/" + id + "/milestones", step);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_advice_exception_without_its_request_and_a_period_ending_before_it_starts_are_400s_naming_field_and_rule()
            throws Exception {
        String id = open();
        String path = "/api/assessments/" + id + "/exceptions";

        Answer withoutRequest = post("officer", path, "{\"deadline\":\"ADVICE\",\"reason\":\"MISSED_APPOINTMENT\","
                + "\"from\":\"2024-06-10\",\"note\":\"n\"}");
        assertThat(withoutRequest.status()).isEqualTo(400);
        assertThat(withoutRequest.body().get("field").asText()).isEqualTo("adviceRequestId");
        assertThat(withoutRequest.body().get("rule").asText()).isEqualTo("advice-exception-needs-request");
        Answer backwards = post("officer", path, "{\"deadline\":\"FINAL_PLAN\",\"reason\":\"SCHOOL_CLOSURE\","
                + "\"from\":\"2024-07-10\",\"to\":\"2024-07-01\",\"note\":\"n\"}");
        assertThat(backwards.body().get("field").asText()).isEqualTo("to");
        assertThat(backwards.body().get("rule").asText()).isEqualTo("period-ends-before-it-starts");
        assertThat(post("officer", path, "{\"deadline\":\"FINAL_PLAN\",\"reason\":\"MISSED_APPOINTMENT\","
                + "\"from\":\"2024-07-10\",\"note\":\"n\"}").body().get("rule").asText()).isEqualTo("exception-not-permitted");
    }

    @Test
    void dates_outside_1900_to_2100_are_400s_naming_the_field_and_store_nothing() throws Exception {
        long eventsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);

        Answer yearZero = post("officer", "/api/assessments", """
                {"childName":"Robin Madeup","dateOfBirth":"0000-01-01","requestReceivedOn":"2024-06-03","requestSource":"PARENT"}""");
        Answer farFuture = post("officer", "/api/assessments", """
                {"childName":"Robin Madeup","dateOfBirth":"2016-01-01","requestReceivedOn":"+1000000000-12-31","requestSource":"PARENT"}""");

        assertThat(yearZero.status()).isEqualTo(400);
        assertThat(yearZero.body().get("field").asText()).isEqualTo("dateOfBirth");
        assertThat(yearZero.body().get("detail").asText()).contains("1900-01-01 to 2100-12-31");
        assertThat(farFuture.status()).isEqualTo(400);
        assertThat(farFuture.body().get("field").asText()).isEqualTo("requestReceivedOn");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class)).isEqualTo(eventsBefore);
    }

    @Test
    void a_body_sent_as_a_wildcard_media_type_is_a_415_problem_not_an_internal_error() throws Exception {
        for (String wildcard : List.of("*/*", "application/*", "not a media type")) {
            Answer answer = post("officer", "/api/assessments", wildcard, "{}");
            assertThat(answer.status()).as(wildcard).isEqualTo(415);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }
}
