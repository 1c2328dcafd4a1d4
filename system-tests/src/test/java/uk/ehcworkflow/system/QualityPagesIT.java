package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * Plan quality through the pages, in real Chromium (ADR 50 to 52): a manager draws a month's
 * sample of finalised plans, opens a plan from it, audits it against the shipped checklist (one
 * criterion not met, with why), grades it and agrees an action; the sample then shows it graded,
 * and the quarter's report for the SEND board shows the grade and the criterion as its theme, and the
 * dashboard the same shares beside timeliness.
 * Its own services: it draws a month's sample and counts the area's quarter.
 */
@RequiresChromium
class QualityPagesIT extends RunningServices {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    /** A month over, and not the one the service draws by itself on its first working day. */
    private static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(2);
    private static final String[] CRITERIA = {"voice.views", "voice.clear", "needs.all", "needs.specific", "outcomes.smart",
        "outcomes.aspirations", "provision.specific", "provision.every-need", "health.described", "care.described",
        "thread.traceable", "thread.advice"};

    @Override
    protected boolean sharesServices() {
        return false;
    }

    private static Browser date(Browser browser, String name, LocalDate date) {
        return browser.date(name, "" + date.getDayOfMonth(), "" + date.getMonthValue(), "" + date.getYear());
    }

    @BeforeAll
    void threePlansFinalisedInTheMonth() {
        for (int day = 3; day <= 5; day++) {
            LocalDate issued = MONTH.atDay(day);
            String caseId = api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"Rio Madeup\",\"dateOfBirth\":"
                    + "\"2016-02-02\",\"requestReceivedOn\":\"" + issued.minusMonths(4) + "\",\"requestSource\":\"PARENT\"}")
                    .json().get("assessmentId").asText();
            for (String[] step : new String[][] {{"DECISION_TO_ASSESS", issued.minusMonths(3).toString()},
                {"DRAFT_PLAN_ISSUED", issued.minusMonths(1).toString()}, {"FINAL_PLAN_ISSUED", issued.toString()}}) {
                Api.Answer answer = api.post("officer", commands.port(), "/api/assessments/" + caseId + "/milestones",
                        "{\"milestone\":\"" + step[0] + "\",\"occurredOn\":\"" + step[1] + "\"}");
                assertThat(answer.status()).as(answer.body()).isEqualTo(204);
            }
        }
    }

    @Test
    void a_manager_audits_a_plan_from_the_months_sample_and_the_quarters_report_shows_its_grade_and_theme() {
        try (Browser manager = new Browser(queries.port(), "quality-manager")) {
            manager.signIn("manager").open("/quality").screenshot("samples");
            manager.choose("month", MONTH.toString()).click("draw-sample").screenshot("sample");
            assertThat(manager.text("summary")).contains("Audits due by", "0 of 1");
            assertThat(manager.text("sampled")).contains("Not started");
            String planId = api.get("manager", queries.port(), "/api/quality/samples/" + MONTH).json().at("/plans/0/planId").asText();

            manager.click("plan-" + planId).click("start-audit");
            manager.choose("audited", "FIRST_ISSUE").choose("auditorKind", "MANAGER");
            date(manager, "startedOn", TODAY).click("start-the-audit");
            for (String criterion : CRITERIA) {
                manager.check("score-" + criterion + "-" + (criterion.equals("provision.specific") ? "NOT_MET" : "MET"));
            }
            manager.type("comment-provision.specific", "Made-up: the therapy's hours are not given").click("save-scores");
            assertThat(manager.text("done")).contains("Recorded");
            manager.choose("grade", "GOOD");
            date(manager, "gradedOn", TODAY).click("grade-plan");
            assertThat(manager.text("audit-grade")).startsWith("Good");
            manager.type("action", "Quantify the made-up therapy's hours").type("owner", "Coordinator");
            date(manager, "dueBy", TODAY.plusDays(30)).click("agree-action").screenshot("audit");
            assertThat(manager.text("actions")).contains("Quantify the made-up therapy's hours", "Coordinator", "Not yet");

            manager.open("/quality/samples/" + MONTH);
            assertThat(manager.text("sampled")).contains("Graded: Good");
            assertThat(manager.text("summary")).contains("1 of 1");

            manager.open("/quality/report?quarter=" + TODAY.getYear() + "-Q" + ((TODAY.getMonthValue() - 1) / 3 + 1))
                    .screenshot("report");
            assertThat(manager.text("measures")).contains("Audits graded good or better", "1 of 1 (100.0%)", "Green");
            assertThat(manager.text("grades")).contains("Good");
            assertThat(manager.text("themes")).contains("Section F's provision is detailed and specific");
            assertThat(manager.text("trend")).contains("1");
            assertThat(manager.pageText()).doesNotContain(planId, "Made-up: the therapy's hours");

            // the board's dashboard shows the same shares beside timeliness, for its period
            manager.open("/dashboard");
            assertThat(manager.text("quality")).contains("Audits graded good or better", "Green");
        }
    }
}
