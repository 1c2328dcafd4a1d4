package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * A panel clerk records a sitting through the pages: its date and kind, who attended for which
 * agency, and a decision on a case given by its reference, an unknown reference being refused.
 */
@RequiresChromium
class PanelPagesIT extends RunningServices {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void a_panel_clerk_records_a_sitting_its_attendance_and_a_decision() {
        Api.Answer opened = api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"Remy Notreal\","
                + "\"dateOfBirth\":\"2017-01-02\",\"requestReceivedOn\":\"" + TODAY.minusDays(20) + "\",\"requestSource\":\"SCHOOL\"}");
        String reference = opened.json().get("reference").asText();
        api.await("officer", queries.port(), "/api/assessments/" + opened.json().get("assessmentId").asText(),
                answer -> answer.status() == 200);
        LocalDate held = TODAY.minusDays(1);

        try (Browser clerk = new Browser(queries.port(), "panel")) {
            clerk.signIn("panel").open("/panels").screenshot("sittings");
            clerk.date("heldOn", "" + held.getDayOfMonth(), "" + held.getMonthValue(), "" + held.getYear())
                    .choose("kind", "SEND_PANEL").click("schedule");
            assertThat(clerk.heading()).isEqualTo("Sitting of " + held.getDayOfMonth() + " "
                    + held.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + held.getYear());

            clerk.type("member", "Designated clinical officer").choose("agency", "HEALTH").click("record-attendance");
            assertThat(clerk.text("attendance")).contains("Health", "Designated clinical officer");

            clerk.type("reference", "EHC-1999-99999").choose("decision", "ASSESS").type("rationale", "Needs are evident")
                    .click("record-decision").screenshot("unknown-reference");
            assertThat(clerk.text("error-summary")).contains("No case has the reference EHC-1999-99999");
            assertThat(clerk.value("rationale")).isEqualTo("Needs are evident");

            clerk.type("reference", reference).click("record-decision").screenshot("decision-recorded");
            assertThat(clerk.text("decisions")).contains(reference, "Remy Notreal", "Assess", "Needs are evident");
        }
    }
}
