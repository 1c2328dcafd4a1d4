package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * An improvement lead keeps the Written Statement of Action through the pages: the board, a RAG
 * change refused without a reason and then made with one, a measure recorded, and the highlight
 * report printed.
 */
@RequiresChromium
class LeadPagesIT extends RunningServices {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void a_lead_changes_a_rag_with_its_reason_records_a_measure_and_prints_the_highlight_report() throws Exception {
        Api.Answer registered = api.post("lead", commands.port(), "/api/actions", """
                {"reference":"2.1","areaOfWeakness":"Timeliness of EHC plans","title":"Review the 20-week process",
                 "leads":["Head of SEND"],"dueBy":"2030-03-31","successCriteria":[{"description":"Plans within 20 weeks (%)",
                 "measure":"plans-within-20-weeks","baseline":42.6,"target":80,"targetDate":"2030-03-31"}]}""");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String actionId = registered.json().get("actionId").asText();
        api.await("lead", queries.port(), "/api/actions/" + actionId, answer -> answer.status() == 200);

        try (Browser lead = new Browser(queries.port(), "improvement-lead")) {
            lead.signIn("lead").open("/improvement-plan").screenshot("board");
            assertThat(lead.text("action-2.1")).contains("2.1 Review the 20-week process", "Red", "Head of SEND");

            lead.open(lead.linkTo("2.1 Review the 20-week process"));
            lead.choose("rag-choice", "AMBER")
                    .date("asOf", "" + TODAY.getDayOfMonth(), "" + TODAY.getMonthValue(), "" + TODAY.getYear())
                    .click("change-rag").screenshot("rag-without-reason");
            assertThat(lead.text("error-summary")).contains("reason");
            assertThat(lead.value("asOf-year")).isEqualTo("" + TODAY.getYear());

            lead.tabTo("reason").keys("Work on the 20-week process began with the new panel")
                    .tabTo("change-rag").enter().screenshot("rag-changed");
            assertThat(lead.text("rag")).isEqualTo("Amber");
            assertThat(lead.text("history")).contains("Red to Amber", "Work on the 20-week process began", "by lead");

            lead.choose("measure", "plans-within-20-weeks").type("value", "64.8")
                    .date("measuredOn", "" + TODAY.getDayOfMonth(), "" + TODAY.getMonthValue(), "" + TODAY.getYear())
                    .click("record-measure");
            assertThat(lead.text("measures")).contains("42.6", "80", "64.8");

            lead.open("/improvement-plan").date("asOf", "31", "2", "" + TODAY.getYear()).click("show-report").screenshot("report-date-refused");
            assertThat(lead.text("asOf-error")).contains("must be a real date");
            lead.date("asOf", "" + TODAY.getDayOfMonth(), "" + TODAY.getMonthValue(), "" + TODAY.getYear())
                    .click("show-report").screenshot("highlight-report");
            assertThat(lead.pageText()).contains("highlight report", "2.1", "AMBER", "64.8");
            Path pdf = lead.printToPdf("highlight-report");
            assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        }
    }
}
