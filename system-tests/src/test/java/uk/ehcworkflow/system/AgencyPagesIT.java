package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * Health staff give their advice through the pages: they see their own agency's requests with the
 * child's name, never another agency's (not in the list, and "page not found" at its address),
 * and a refused date is explained with their input kept.
 */
@RequiresChromium
class AgencyPagesIT extends RunningServices {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private String requestAdvice(String id, String agency, LocalDate on) {
        Api.Answer answer = api.post("officer", commands.port(), "/api/assessments/" + id + "/advice-requests",
                "{\"agency\":\"" + agency + "\",\"requestedOn\":\"" + on + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("adviceRequestId").asText();
    }

    @Test
    void an_agency_gives_its_advice_and_cannot_see_another_agencys_requests() {
        LocalDate received = TODAY.minusDays(40);
        Api.Answer opened = api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"Ari Imaginary\","
                + "\"dateOfBirth\":\"2016-07-08\",\"requestReceivedOn\":\"" + received + "\",\"requestSource\":\"PARENT\"}");
        String id = opened.json().get("assessmentId").asText();
        String reference = opened.json().get("reference").asText();
        assertThat(api.post("officer", commands.port(), "/api/assessments/" + id + "/milestones",
                "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"" + received.plusDays(10) + "\"}").status()).isEqualTo(204);
        requestAdvice(id, "HEALTH", received.plusDays(11));
        String socialCare = requestAdvice(id, "SOCIAL_CARE", received.plusDays(11));
        api.await("officer", queries.port(), "/api/assessments/" + id, answer -> answer.status() == 200
                && answer.json().get("advice").size() == 2);

        try (Browser health = new Browser(queries.port(), "agency")) {
            health.signIn("health").open("/advice").screenshot("health-requests");
            assertThat(health.text("requests")).contains("Give advice on " + reference, "Ari Imaginary", "Due in");
            assertThat(health.pageText()).doesNotContain("Social care");

            health.open("/advice/" + id + "/" + socialCare).screenshot("another-agencys-request");
            assertThat(health.heading()).isEqualTo("Page not found");
            health.open("/cases/" + id);
            assertThat(health.heading()).isEqualTo("You do not have access to this page");

            health.open("/advice");
            health.open(health.linkTo("Give advice on " + reference));
            LocalDate tooEarly = received.plusDays(5);
            health.date("submittedOn", "" + tooEarly.getDayOfMonth(), "" + tooEarly.getMonthValue(), "" + tooEarly.getYear())
                    .type("summary", "Health needs summarised").click("give-advice").screenshot("refused-date");
            assertThat(health.text("error-summary")).contains("There is a problem");
            assertThat(health.value("summary")).isEqualTo("Health needs summarised");

            health.date("submittedOn", "" + TODAY.getDayOfMonth(), "" + TODAY.getMonthValue(), "" + TODAY.getYear())
                    .click("give-advice").screenshot("advice-given");
            assertThat(health.text("done")).contains("Your advice on " + reference + " has been recorded");
            assertThat(health.text("requests")).contains("Given");
        }
        assertThat(api.get("officer", queries.port(), "/api/assessments/" + id).json().at("/advice/0/submittedOn").asText())
                .isEqualTo(TODAY.toString());
    }
}
