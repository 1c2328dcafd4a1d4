package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;

/**
 * What the returns ask of a child's record, recorded over HTTP as a case officer would: the
 * child's details field by field on the case and then on its plan, the plan's needs, placements
 * and personal budget; read back by those who may see them and by nobody else, and never logged.
 */
class ChildRecordIT extends RunningServices {

    /** Its plans would count in the figures and lists other classes check. */
    @Override
    protected boolean sharesServices() {
        return false;
    }


    private static final String POSTCODE = "ZZ97 7ZZ";
    private static final String UPN = "C999000000001";
    private String planId;
    private String placementId;

    private Api.Answer officer(String method, String path, String body) {
        return api.call("officer", "officer", method, commands.port(), path, "application/json", body);
    }

    private void accepted(String method, String path, String body) {
        Api.Answer answer = officer(method, path, body);
        assertThat(answer.status()).as(method + " " + path + " " + body + ": " + answer.body()).isIn(201, 204);
    }

    @BeforeAll
    void aCaseWithTheChildsDetailsAndThePlanItBegan() {
        planId = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Cai Madeup","dateOfBirth":"2013-05-06","requestReceivedOn":"2025-01-13",
                 "requestSource":"SOCIAL_CARE","inYouthAccommodation":true}""").json().get("assessmentId").asText();
        accepted("PUT", "/api/assessments/" + planId + "/child", """
                {"sex":"MALE","ethnicity":"MWBA","upn":"%s","disability":true}""".formatted(UPN.toLowerCase()));
        accepted("POST", "/api/assessments/" + planId + "/milestones", "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2025-02-17\"}");
        accepted("POST", "/api/assessments/" + planId + "/milestones", "{\"milestone\":\"DRAFT_PLAN_ISSUED\",\"occurredOn\":\"2025-04-07\"}");
        accepted("POST", "/api/assessments/" + planId + "/milestones", "{\"milestone\":\"FINAL_PLAN_ISSUED\",\"occurredOn\":\"2025-05-06\"}");
        String plan = "/api/plans/" + planId;
        accepted("PUT", plan + "/child", """
                {"postcode":"%s","knownToSocialCare":true,"socialCareTeam":"Made-up team","electiveHomeEducation":false}"""
                .formatted(POSTCODE.toLowerCase().replace(" ", "")));
        accepted("POST", plan + "/needs", "{\"primary\":\"SEMH\",\"secondary\":\"SLCN\",\"from\":\"2025-05-06\"}");
        placementId = officer("POST", plan + "/placements", """
                {"urn":"100001","rank":1,"entryOn":"2021-09-01"}""").json().get("placementId").asText();
        accepted("PUT", plan + "/placements/" + placementId, "{\"leavingOn\":\"2025-07-18\"}");
        accepted("POST", plan + "/placements", """
                {"setting":"OLA","rank":1,"entryOn":"2025-09-03","residential":"FROM_39_TO_52"}""");
        accepted("PUT", plan + "/personal-budget", "{\"agreed\":true,\"directPayments\":true,\"from\":\"2025-06-02\"}");
    }

    @Test
    void the_plan_shows_the_childs_details_from_its_case_continued_by_its_own_with_its_needs_placements_and_budget() {
        JsonNode plan = api.await("officer", queries.port(), "/api/plans/" + planId,
                answer -> answer.status() == 200 && answer.json().path("personalBudget").isObject()).json();

        assertThat(plan.at("/profile/sex").asText()).isEqualTo("MALE");
        assertThat(plan.at("/profile/ethnicity").asText()).isEqualTo("MWBA");
        assertThat(plan.at("/profile/upn").asText()).as("written in capitals").isEqualTo(UPN);
        assertThat(plan.at("/profile/postcode").asText()).as("with its single space").isEqualTo(POSTCODE);
        assertThat(plan.at("/profile/socialCareTeam").asText()).isEqualTo("Made-up team");
        assertThat(plan.at("/profile/disability").asBoolean()).isTrue();
        assertThat(plan.at("/needs/primary").asText()).isEqualTo("SEMH");
        assertThat(plan.at("/needs/secondary").asText()).isEqualTo("SLCN");
        assertThat(plan.get("placements")).hasSize(2);
        assertThat(plan.at("/placements/0/leavingOn").asText()).isEqualTo("2025-07-18");
        assertThat(plan.at("/placements/1/placement/setting").asText()).isEqualTo("OLA");
        assertThat(plan.at("/personalBudget/directPayments").asBoolean()).isTrue();
        assertThat(plan.at("/personalBudget/organisedArrangements").asBoolean()).isFalse();
    }

    @Test
    void an_auditor_sees_the_details_but_an_agency_or_a_dashboard_never_does() {
        api.await("officer", queries.port(), "/api/plans/" + planId, answer -> answer.status() == 200
                && answer.json().path("personalBudget").isObject());
        assertThat(api.get("auditor", queries.port(), "/api/plans/" + planId).json().at("/profile/upn").asText())
                .isEqualTo(UPN);
        for (String user : new String[] {"health", "dashboard", "lead", "panel"}) {
            Api.Answer answer = api.get(user, queries.port(), "/api/plans/" + planId);
            assertThat(answer.body()).as(user).doesNotContain(UPN).doesNotContain(POSTCODE);
        }
    }

    @Test
    void bad_details_are_refused_with_the_field_named_and_nothing_is_stored() {
        Api.Answer wrongCheckLetter = officer("PUT", "/api/plans/" + planId + "/child", "{\"upn\":\"D999000000001\"}");
        assertThat(wrongCheckLetter.status()).isEqualTo(400);
        assertThat(wrongCheckLetter.contentType()).startsWith("application/problem+json");
        assertThat(wrongCheckLetter.body()).contains("upn").doesNotContain("D999000000001");
        assertThat(officer("PUT", "/api/plans/" + planId + "/child", "{}").status()).isEqualTo(400);
        assertThat(officer("PUT", "/api/plans/" + planId + "/child", "{\"ethnicity\":\"XXXX\"}").status()).isEqualTo(400);
        Api.Answer secondMain = officer("POST", "/api/plans/" + planId + "/placements",
                "{\"urn\":\"100002\",\"rank\":1,\"entryOn\":\"2025-10-01\"}");
        assertThat(secondMain.status()).isEqualTo(409);
        assertThat(secondMain.body()).contains("main-placement-open");
        assertThat(officer("PUT", "/api/plans/" + planId + "/placements/" + placementId, "{\"leavingOn\":\"2025-07-19\"}")
                .status()).as("ended once").isEqualTo(409);
        assertThat(officer("PUT", "/api/plans/" + planId + "/placements/no-such-placement", "{\"leavingOn\":\"2025-07-19\"}")
                .status()).isEqualTo(404);
        assertThat(officer("POST", "/api/plans/" + planId + "/needs", "{\"primary\":\"ASD\",\"secondary\":\"ASD\","
                + "\"from\":\"2025-06-01\"}").status()).isEqualTo(409);
        assertThat(officer("PUT", "/api/assessments/" + planId + "/child", "{\"sex\":\"FEMALE\"}").body())
                .as("after the final plan the details are the plan's").contains("recorded-on-the-plan");
    }

    @Test
    void the_final_plan_and_a_transfers_amended_plan_name_the_setting_as_a_placement() {
        String id = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Dee Madeup","dateOfBirth":"2015-05-06","requestReceivedOn":"2025-01-20","requestSource":"SCHOOL"}""")
                .json().get("assessmentId").asText();
        accepted("POST", "/api/assessments/" + id + "/milestones", "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2025-02-24\"}");
        accepted("POST", "/api/assessments/" + id + "/milestones", "{\"milestone\":\"DRAFT_PLAN_ISSUED\",\"occurredOn\":\"2025-04-14\"}");
        accepted("POST", "/api/assessments/" + id + "/milestones", """
                {"milestone":"FINAL_PLAN_ISSUED","occurredOn":"2025-05-12","placement":{"urn":"100003","rank":1,"entryOn":"2021-09-01"}}""");
        accepted("POST", "/api/plans/" + id + "/phase-transfer", "{\"transfer\":\"PRIMARY_TO_SECONDARY\",\"transferYear\":2026}");
        accepted("POST", "/api/plans/" + id + "/phase-transfer/amended-plan", """
                {"issuedOn":"2026-02-09","setting":"Made-up High","placement":{"urn":"100004","rank":1,"entryOn":"2026-09-02"}}""");
        JsonNode plan = api.await("officer", queries.port(), "/api/plans/" + id,
                answer -> answer.status() == 200 && answer.json().path("placements").size() == 2).json();
        assertThat(plan.at("/placements/0/placement/urn").asText()).isEqualTo("100003");
        assertThat(plan.at("/placements/0/leavingOn").asText()).as("the day before the new school").isEqualTo("2026-09-01");
        assertThat(plan.at("/placements/1/placement/urn").asText()).isEqualTo("100004");
    }

    @Test
    void neither_service_logs_the_childs_details() throws Exception {
        api.await("officer", queries.port(), "/api/plans/" + planId, answer -> answer.status() == 200
                && answer.json().path("personalBudget").isObject());
        for (String log : new String[] {commands.log(), queries.log()}) {
            assertThat(log).doesNotContain(UPN).doesNotContain(POSTCODE).doesNotContain("Made-up team")
                    .doesNotContain("Cai Madeup");
        }
    }
}
