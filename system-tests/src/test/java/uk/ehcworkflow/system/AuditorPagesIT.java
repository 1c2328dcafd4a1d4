package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * An auditor prepares for an inspection through the pages: the audit trail and its filters, the
 * steps recorded late, a case as known on a past date, the verification of its chain and of the
 * whole store, and the case's evidence pack downloaded as one file.
 */
@RequiresChromium
class AuditorPagesIT extends RunningServices {

    /** It counts every step recorded late in the area. */
    @Override
    protected boolean sharesServices() {
        return false;
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void an_auditor_reads_the_trail_and_the_late_steps_verifies_the_records_and_downloads_an_evidence_pack() throws Exception {
        Api.Answer opened = api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"Noor Pretend\","
                + "\"dateOfBirth\":\"2013-02-03\",\"requestReceivedOn\":\"" + TODAY.minusDays(60) + "\",\"requestSource\":\"PARENT\"}");
        String id = opened.json().get("assessmentId").asText();
        String reference = opened.json().get("reference").asText();
        assertThat(api.post("officer", commands.port(), "/api/assessments/" + id + "/milestones",
                "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"" + TODAY.minusDays(30) + "\"}").status()).isEqualTo(204);
        String actionId = api.post("lead", commands.port(), "/api/actions", """
                {"reference":"4.2","areaOfWeakness":"Joint commissioning","title":"Agree joint funding rules",
                 "leads":["Designated clinical officer"],"dueBy":"2030-01-31","successCriteria":[{"description":"Rules agreed"}]}""")
                .json().get("actionId").asText();
        api.await("auditor", queries.port(), "/api/actions/" + actionId, answer -> answer.status() == 200);
        api.await("auditor", queries.port(), "/api/audit?aggregateId=" + id,
                answer -> answer.status() == 200 && answer.json().get("entries").size() == 4); // with its caseload

        try (Browser auditor = new Browser(queries.port(), "auditor")) {
            auditor.signIn("auditor").open("/audit").screenshot("audit-trail");
            assertThat(auditor.text("trail")).contains("Milestone DECISION_TO_ASSESS", "officer", "Case reference " + reference);
            auditor.type("actor", "nobody-at-all").click("filter");
            assertThat(auditor.has("no-entries")).isTrue();

            auditor.open("/audit/late-recording?days=7").screenshot("late-recording");
            assertThat(auditor.text("late-total")).startsWith("2 steps"); // the request, logged 60 days after it came, and the decision
            assertThat(auditor.text("late-by-officer")).contains("officer 2");

            auditor.open("/cases?q=" + reference).screenshot("case");
            assertThat(auditor.text("child")).isEqualTo("Noor Pretend");
            Path pack = auditor.download("evidence-pack");
            assertThat(Files.readString(pack)).contains("Every recorded event", "Intact", "DECISION_TO_ASSESS")
                    .doesNotContain("Noor Pretend");

            auditor.date("asOf", "" + TODAY.minusDays(1).getDayOfMonth(), "" + TODAY.minusDays(1).getMonthValue(),
                    "" + TODAY.minusDays(1).getYear()).click("show-as-of");
            assertThat(auditor.heading()).isEqualTo("Page not found");

            auditor.open("/improvement-plan/actions/" + actionId).date("asOf", "" + TODAY.getDayOfMonth(), "" + TODAY.getMonthValue(),
                    "" + TODAY.getYear()).click("show-as-of").screenshot("action-as-known");
            assertThat(auditor.text("known-at")).contains(TODAY.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                    java.util.Locale.UK)));
            assertThat(auditor.heading()).isEqualTo("4.2 Agree joint funding rules");
            assertThat(Files.readString(auditor.download("evidence-pack"))).contains("Written Statement of Action 4.2", "Intact");

            auditor.open("/audit/verify").type("aggregateId", id).click("verify-one").screenshot("verified");
            assertThat(auditor.text("verification")).contains("The record: intact", "All 4 events");
            auditor.open("/audit/verify").type("aggregateId", reference.toLowerCase()).click("verify-one").screenshot("verified-by-reference");
            assertThat(auditor.text("verification")).contains("The case: intact", "All 4 events");
            auditor.open("/audit/verify").type("aggregateId", "EHC-1999-00001").click("verify-one").screenshot("unknown-reference");
            assertThat(auditor.text("error-summary")).contains("No case has the reference EHC-1999-00001");
            assertThat(auditor.text("aggregateId-error")).contains("No case has the reference");
            auditor.open("/audit?aggregateId=" + reference);
            assertThat(auditor.text("trail")).contains("DECISION_TO_ASSESS");
            auditor.open("/audit/verify");
            auditor.click("verify-store");
            for (int tries = 0; tries < 100 && !auditor.has("result"); tries++) {
                Thread.sleep(200);
                auditor.open(auditor.url().substring(auditor.url().indexOf("/audit")));
            }
            auditor.screenshot("store-verified");
            assertThat(auditor.text("result")).startsWith("Intact");
        }
        assertThat(api.get("auditor", queries.port(), "/api/audit?aggregateId=" + id + "&type=PersonalDataViewed").json()
                .get("entries").size()).as("each opening of the case by the auditor is recorded").isGreaterThanOrEqualTo(2);
    }
}
