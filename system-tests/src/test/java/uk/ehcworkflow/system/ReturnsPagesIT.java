package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * The SEN2 return through the pages: the person who makes it checks the 2026 return, sees a
 * plan's missing need with a link to the plan, and downloads the XML; a case officer sees the same
 * problems, follows the link to fix it, and has nothing to download.
 */
@RequiresChromium
class ReturnsPagesIT extends RunningServices {

    /** Its plan would count in the figures and lists other classes check. */
    @Override
    protected boolean sharesServices() {
        return false;
    }


    @Test
    void the_returns_page_lists_what_to_fix_with_links_and_downloads_the_return() throws Exception {
        String id = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Page Madeup","dateOfBirth":"2016-02-02","requestReceivedOn":"2025-02-03","requestSource":"HEALTH"}""")
                .json().get("assessmentId").asText();
        for (String step : new String[] {"DECISION_TO_ASSESS\",\"occurredOn\":\"2025-03-10", "DRAFT_PLAN_ISSUED\",\"occurredOn\":\"2025-05-12",
                "FINAL_PLAN_ISSUED\",\"occurredOn\":\"2025-06-09"}) {
            assertThat(api.post("officer", commands.port(), "/api/assessments/" + id + "/milestones",
                    "{\"milestone\":\"" + step + "\"}").status()).isEqualTo(204);
        }
        String reference = api.await("officer", queries.port(), "/api/assessments/" + id,
                answer -> answer.status() == 200 && !answer.json().path("finalPlanIssuedOn").isNull()).json().get("reference").asText();
        api.await("officer", queries.port(), "/api/plans/" + id, answer -> answer.status() == 200);

        try (Browser returns = new Browser(queries.port(), "returns")) {
            returns.signIn("returns").open("/returns").type("year", "2026").click("check-return").screenshot("sen2-check");
            assertThat(returns.text("census-day")).contains("15 January 2026");
            assertThat(returns.text("problems")).contains(reference, "SENtype", "no primary need");
            Path xml = returns.download("download-xml");
            assertThat(Files.readString(xml)).contains("<Message>", "<RequestSource>3</RequestSource>");
        }
        try (Browser officer = new Browser(queries.port(), "officer-returns")) {
            officer.signIn("officer").open("/returns?year=2026&check=yes");
            assertThat(officer.has("downloads")).isFalse();
            officer.open(officer.linkTo(reference));
            assertThat(officer.url()).endsWith("/cases/" + id);

            officer.open("/plans/" + id + "?step=needs").choose("primary", "SLCN").date("from", "9", "6", "2025")
                    .click("record").screenshot("plan-needs-recorded");
            assertThat(officer.text("needs")).contains("Speech, language and communication needs");
            officer.open("/plans/" + id + "?step=child-details").choose("sex", "MALE").type("upn", "c999000000001")
                    .click("record");
            assertThat(officer.text("profile-upn")).contains("C999000000001");
            officer.open("/plans/" + id + "?step=child-details").type("upn", "D999000000001").click("record")
                    .screenshot("plan-child-details-refused");
            assertThat(officer.pageText()).contains("Enter the UPN as the school records it: its first letter does not match its digits");
            officer.open("/returns?year=2026&check=yes");
            assertThat(officer.text("problems")).doesNotContain(reference + "\nSENtype");
        }
        try (Browser auditor = new Browser(queries.port(), "auditor-inspection")) {
            auditor.signIn("auditor").open("/returns/inspection").screenshot("inspection-lists");
            assertThat(auditor.text("not-held")).contains("Suspensions", "Pupil Premium");
            Path plans = auditor.download("download-plans");
            assertThat(Files.readString(plans)).startsWith("Unique ID,UPN,ULN").contains(reference);
            auditor.type("reference", reference);
            Path bundle = auditor.download("download-bundle");
            assertThat(bundle.getFileName().toString()).endsWith(".zip");
            auditor.open("/returns/inspection/child?reference=" + reference + "&on=" + "9".repeat(20_000));
            assertThat(auditor.heading()).as("a day that is not one is refused, not copied into a redirect too long to send")
                    .isEqualTo("This page could not be shown as asked");
        }
        Api.Answer download = api.get("officer", queries.port(), "/returns/sen2/download?year=2026");
        assertThat(download.status()).isNotEqualTo(200);
    }
}
