package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * An administrator erases a child's personal data through the pages: the reason is required,
 * the key is destroyed, every page and answer then says "erased", and the history, the figures,
 * the chain and a rebuilt read model are as before, with no name coming back.
 */
@RequiresChromium
class AdminPagesIT extends RunningServices {

    /** It compares a year's area-wide figures before and after an erasure. */
    @Override
    protected boolean sharesServices() {
        return false;
    }

    @Test
    void an_admin_erases_a_childs_data_and_every_page_then_shows_erased_while_history_and_figures_stay() throws Exception {
        Api.Answer opened = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Sol Fabricated","dateOfBirth":"2014-05-06","requestReceivedOn":"2023-03-01","requestSource":"SCHOOL"}""");
        String id = opened.json().get("assessmentId").asText();
        String reference = opened.json().get("reference").asText();
        assertThat(api.post("officer", commands.port(), "/api/assessments/" + id + "/milestones",
                "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2023-04-03\"}").status()).isEqualTo(204);
        JsonNode figuresBefore = api.await("dashboard", queries.port(), "/api/timeliness?year=2023",
                answer -> answer.status() == 200 && answer.json().get("agreedToAssess").asLong() == 1).json();
        api.await("officer", queries.port(), "/api/assessments/" + id, answer -> answer.status() == 200
                && answer.json().get("milestones").size() == 1);

        Api.Answer grownUp = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Old Invented","dateOfBirth":"1990-01-02","requestReceivedOn":"2005-03-01","requestSource":"PARENT"}""");
        String grownUpReference = grownUp.json().get("reference").asText();
        api.await("officer", queries.port(), "/api/assessments/" + grownUp.json().get("assessmentId").asText(),
                answer -> answer.status() == 200);

        String oldPlan = api.post("officer", commands.port(), "/api/plans", """
                {"childName":"Elder Invented","dateOfBirth":"1989-05-06","issuedOn":"2005-09-01"}""").json().get("planId").asText();
        api.await("officer", queries.port(), "/api/plans/" + oldPlan, answer -> answer.status() == 200);

        try (Browser admin = new Browser(queries.port(), "admin")) {
            admin.signIn("admin").open("/admin/retention").screenshot("retention");
            assertThat(admin.text("past-retention")).contains(grownUpReference, "Old Invented", "2 Jan 2021",
                    "Registered plan " + oldPlan, "Elder Invented", "6 May 2020").doesNotContain("Sol Fabricated");

            admin.open("/cases?q=sol%20fab").screenshot("found-by-name");
            assertThat(admin.text("found")).contains(reference, "Sol Fabricated", "6 May 2014").doesNotContain("Invented");
            admin.open("/cases?q=" + reference).screenshot("case-before-erasure");
            assertThat(admin.text("child")).isEqualTo("Sol Fabricated");
            assertThat(admin.has("milestone-form")).isFalse();

            admin.click("erase").screenshot("erasure-without-reason");
            assertThat(admin.heading()).isEqualTo("Are you sure you want to erase the child's personal data?");
            assertThat(admin.text("error-summary")).contains("Enter the reason");
            assertThat(admin.text("reason-error")).contains("Enter the reason");
            admin.click("cancel-erasure");
            assertThat(admin.text("child")).as("nothing is erased until the question is answered").isEqualTo("Sol Fabricated");

            admin.type("reason", "Erasure request from the young person, received 1 March 2030").click("erase")
                    .screenshot("erasure-question");
            assertThat(admin.value("reason")).isEqualTo("Erasure request from the young person, received 1 March 2030");
            admin.click("confirm-erasure").screenshot("erased");
            assertThat(admin.text("done")).contains("personal data has been erased");
            assertThat(admin.text("erasure")).contains("erased on", "by admin",
                    "Erasure request from the young person, received 1 March 2030");
            assertThat(admin.text("child")).isEqualTo("Erased");
            assertThat(admin.text("date-of-birth")).isEqualTo("Erased");
            assertThat(admin.has("erasure-form")).isFalse();
            assertThat(admin.pageText()).doesNotContain("Sol Fabricated", "6 May 2014");
            admin.open("/cases?q=sol%20fab");
            assertThat(admin.text("none-found")).as("an erased child is no longer found by name").contains("sol fab");

            admin.open("/admin/read-models").click("rebuild-assessment-timeline").screenshot("rebuilding");
            for (int tries = 0; tries < 150 && !admin.text("read-model-assessment-timeline").contains("Finished"); tries++) {
                Thread.sleep(200);
                admin.open("/admin/read-models");
            }
            assertThat(admin.text("read-model-assessment-timeline")).contains("Finished");
            admin.open(admin.linkTo("Reconcile assessment-timeline")).screenshot("reconciled");
            assertThat(admin.text("result")).isEqualTo("Matches the event store");
            admin.open("/cases?q=" + reference);
            assertThat(admin.text("child")).as("a rebuild cannot bring the name back").isEqualTo("Erased");
        }

        assertThat(api.get("officer", queries.port(), "/api/assessments/" + id).json().at("/child/visibility").asText())
                .isEqualTo("ERASED");
        assertThat(api.post("admin", commands.port(), "/api/assessments/" + id + "/erasure", "{\"reason\":\"again\"}").status())
                .isEqualTo(409);
        assertThat(api.get("dashboard", queries.port(), "/api/timeliness?year=2023").json()).isEqualTo(figuresBefore);
        assertThat(api.get("auditor", queries.port(), "/api/audit/verify?aggregateId=" + id).json().get("intact").asBoolean())
                .isTrue();

        JsonNode rebuilt = api.await("officer", queries.port(), "/api/assessments/" + id,
                answer -> answer.status() == 200).json();
        assertThat(rebuilt.at("/child/visibility").asText()).isEqualTo("ERASED");
        assertThat(rebuilt.toString()).doesNotContain("Sol Fabricated");
        assertThat(rebuilt.get("reference").asText()).isEqualTo(reference);
    }
}
