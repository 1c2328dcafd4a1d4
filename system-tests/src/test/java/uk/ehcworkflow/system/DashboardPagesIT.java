package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * A manager reads the performance dashboard through the pages: the headline figures beside
 * England's, a change of period, and the publishable version downloaded as one file that holds
 * aggregate figures only, small numbers suppressed, and no name, id or case.
 */
@RequiresChromium
class DashboardPagesIT extends RunningServices {

    /** It waits for a year's area-wide figures to reach what its own cases make them. */
    @Override
    protected boolean sharesServices() {
        return false;
    }

    private final List<String> ids = new ArrayList<>();
    private final List<String> references = new ArrayList<>();

    /** Six made-up requests of 2025, five decided within 6 weeks, one plan issued in 20 weeks. */
    @BeforeAll
    void logCases() {
        for (int n = 1; n <= 6; n++) {
            Api.Answer opened = api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"Dash Madeup" + n
                    + "\",\"dateOfBirth\":\"2015-04-01\",\"requestReceivedOn\":\"2025-0" + n + "-02\",\"requestSource\":\"PARENT\"}");
            ids.add(opened.json().get("assessmentId").asText());
            references.add(opened.json().get("reference").asText());
            if (n < 6) {
                step(ids.get(n - 1), "DECISION_TO_ASSESS", "2025-0" + n + "-20");
            }
        }
        step(ids.get(0), "DRAFT_PLAN_ISSUED", "2025-04-01");
        step(ids.get(0), "FINAL_PLAN_ISSUED", "2025-05-01");
        api.await("dashboard", queries.port(), "/api/timeliness?year=2025", answer -> answer.status() == 200
                && answer.json().get("requestsReceived").asLong() == 6 && answer.json().get("finalPlansIssued").asLong() == 1);
    }

    private void step(String id, String milestone, String on) {
        assertThat(api.post("officer", commands.port(), "/api/assessments/" + id + "/milestones",
                "{\"milestone\":\"" + milestone + "\",\"occurredOn\":\"" + on + "\"}").status()).isEqualTo(204);
    }

    @Test
    void a_manager_reads_the_figures_changes_the_period_and_downloads_the_publishable_version() throws Exception {
        try (Browser manager = new Browser(queries.port(), "dashboard")) {
            manager.signIn("dashboard").open("/dashboard?kind=CALENDAR&year=2025").screenshot("calendar-year");
            assertThat(manager.text("period")).startsWith("Calendar year 2025");
            assertThat(manager.text("requests")).contains("Requests for an assessment received 6");
            assertThat(manager.text("decided-within-6")).contains("100.0%", "84.8%");
            assertThat(manager.text("within-20-excluding")).contains("100.0%", "46.4%");
            assertThat(manager.textContent("table-last-12-months")).contains("2025-01", "2025-12");
            assertThat(manager.has("chart-last-12-months")).isTrue();
            manager.scrollTo("chart-last-12-months").screenshot("trends");

            manager.open("/dashboard").click("change-period-summary").check("kind-financial").type("year", "2025")
                    .click("show-period").screenshot("financial-year");
            assertThat(manager.text("period")).startsWith("Financial year 2025/26");
            assertThat(manager.text("requests")).contains("received 3");

            manager.click("change-period-summary").check("kind-custom").date("from", "1", "6", "2025").date("to", "1", "1", "2025")
                    .click("show-period").screenshot("period-refused");
            assertThat(manager.text("error-summary"))
                    .contains("The last day of the period must be on or after its first day, 1 June 2025");
            assertThat(manager.text("to-error")).contains("must be on or after its first day");
            assertThat(manager.value("to-day")).isEqualTo("1");
            manager.open("/dashboard?withinDays=1&year=abc");
            assertThat(manager.text("year-error")).contains("The year must be a whole number");
            assertThat(manager.text("contents")).contains("Headline figures", "Trends", "Agencies", "Annual reviews",
                    "Disputes and appeals", "Written Statement of Action");

            manager.open("/dashboard?kind=CALENDAR&year=2025");
            Path file = manager.download("download-publishable");
            String published = Files.readString(file);
            assertThat(file.getFileName().toString()).isEqualTo("performance-dashboard-2025-01-01-to-2025-12-31.html");
            assertThat(published).startsWith("<!DOCTYPE html>").contains("Calendar year 2025", "fewer than 5",
                    "withheld (fewer than 5)", "counts from 1 to 4 are shown as", "a part of a total whose other parts are shown");
            // six requests, one a month from January to June: each month is fewer than 5, and the year's 6 would show
            // every one of them was 1, so the 6 is withheld too, saying why
            assertThat(published).doesNotContain("<td class=\"n\">6</td>", "Madeup", "<script", "src=\"http");
            ids.forEach(id -> assertThat(published).doesNotContain(id));
            references.forEach(reference -> assertThat(published).doesNotContain(reference));
            manager.openFile(file).screenshot("publishable");
            assertThat(manager.text("requests-published")).contains("withheld (it would reveal a number under 5)");
            assertThat(manager.pageText()).contains("No chart: every figure of this measure in these months is withheld");
        }
    }
}
