package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * A plan's life through the pages, in real Chromium: an officer registers a plan from before whose
 * review is overdue, finds it among the plans overdue and in the work tray, records a review the
 * rules refuse and then properly, and follows a case to the plan its final plan began; a manager
 * reads the review figures on the dashboard; an administrator erases a registered plan's child's
 * details; an auditor downloads a plan's evidence pack.
 */
@RequiresChromium
class PlanPagesIT extends RunningServices {

    /** It reads the area's review figures, which other classes' plans would change. */
    @Override
    protected boolean sharesServices() {
        return false;
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private String issuedPlan;

    private static String day(LocalDate date) {
        return "" + date.getDayOfMonth();
    }

    private static String month(LocalDate date) {
        return "" + date.getMonthValue();
    }

    private static String year(LocalDate date) {
        return "" + date.getYear();
    }

    @BeforeAll
    void aCaseWithItsFinalPlan() {
        issuedPlan = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Cleo Madeup","dateOfBirth":"2014-02-02","requestReceivedOn":"2024-01-08","requestSource":"SCHOOL"}""")
                .json().get("assessmentId").asText();
        for (String step : new String[] {"DECISION_TO_ASSESS\",\"occurredOn\":\"2024-02-05",
                "DRAFT_PLAN_ISSUED\",\"occurredOn\":\"2024-04-15", "FINAL_PLAN_ISSUED\",\"occurredOn\":\"2024-05-20"}) {
            Api.Answer answer = api.post("officer", commands.port(), "/api/assessments/" + issuedPlan + "/milestones",
                    "{\"milestone\":\"" + step + "\"}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(204);
        }
        api.await("officer", queries.port(), "/api/plans/" + issuedPlan, answer -> answer.status() == 200);
    }

    @Test
    void an_officer_registers_a_plan_finds_it_overdue_and_records_its_review() {
        try (Browser officer = new Browser(queries.port(), "plan-officer")) {
            officer.signIn("officer").open("/plans/new").screenshot("register-plan");
            officer.type("childName", "Dara Madeup").date("dateOfBirth", "3", "3", "2012")
                    .date("issuedOn", "1", "6", "2022").date("lastReviewDecisionOn", "15", "9", "2024")
                    .click("register-plan").screenshot("registered");
            assertThat(officer.text("done")).contains("The plan has been registered");
            assertThat(officer.heading()).isEqualTo("Registered plan");
            assertThat(officer.text("child")).isEqualTo("Dara Madeup");
            assertThat(officer.text("next-review")).isEqualTo("14 September 2025");
            assertThat(officer.text("review-overdue")).isEqualTo("Annual review overdue");
            String planPage = URI.create(officer.url()).getPath();

            officer.open("/plans").screenshot("plans-overdue");
            assertThat(officer.text("overdue")).contains("Registered plan Annual review 14 Sep 2025");
            officer.open("/work-tray?kind=ANNUAL_REVIEW&status=OVERDUE").screenshot("work-tray-reviews");
            assertThat(officer.text("tray")).contains("Registered plan (plan) Dara Madeup Annual review 14 Sep 2025");

            officer.open(planPage);
            officer.click("step-review-meeting").date("heldOn", "1", "5", "2022").click("record").screenshot("refused-meeting");
            assertThat(officer.text("error-summary")).contains("on or after the day the plan was issued");
            assertThat(officer.value("heldOn-year")).isEqualTo("2022");
            LocalDate meeting = TODAY.minusDays(20);
            LocalDate decided = TODAY.minusDays(5);
            officer.date("heldOn", day(meeting), month(meeting), year(meeting)).click("record");
            assertThat(officer.text("reviews")).contains(SHORT.format(meeting), "Not yet");
            assertThat(officer.has("step-review-meeting")).isFalse();

            officer.click("step-review-decision").choose("decision", "AMEND")
                    .date("decidedOn", day(decided), month(decided), year(decided)).click("record").screenshot("review-decided");
            assertThat(officer.text("reviews")).contains("Amend",
                    SHORT.format(decided) + " (" + SHORT.format(meeting.plusDays(28)) + ")",
                    "Not yet (" + SHORT.format(decided.plusDays(56)) + ")");
            assertThat(officer.text("next-review")).isEqualTo(LONG.format(decided.plusYears(1).minusDays(1)));
            assertThat(officer.has("review-overdue")).isFalse();
            // the family's 15 days on the proposals are not over: their answer may be recorded, the amended plan not yet
            assertThat(officer.has("step-amendment-response")).isTrue();
            assertThat(officer.has("step-amended-plan")).isFalse();

            officer.open("/cases/" + issuedPlan).click("plan-link").screenshot("plan-from-case");
            assertThat(officer.heading()).matches("EHC-2024-\\d{5}");
            assertThat(officer.text("child")).isEqualTo("Cleo Madeup");
            assertThat(officer.text("next-review")).isEqualTo("19 May 2025");
        }
    }

    @Test
    void a_manager_reads_the_review_figures_beside_englands_and_an_auditor_downloads_a_plans_evidence() throws Exception {
        try (Browser manager = new Browser(queries.port(), "plan-dashboard")) {
            manager.signIn("dashboard").open("/dashboard?kind=CALENDAR&year=2024").screenshot("dashboard-reviews");
            assertThat(manager.text("plans-in-force")).contains("EHC plans in force at the end of the period", "638,745");
            assertThat(manager.text("review-decisions-within-4")).contains("no cases", "44.4%");
            manager.open("/plans/" + issuedPlan);
            assertThat(manager.heading()).isEqualTo("You do not have access to this page");
        }
        try (Browser admin = new Browser(queries.port(), "plan-admin")) {
            String registered = api.post("officer", commands.port(), "/api/plans", """
                    {"childName":"Fay Madeup","dateOfBirth":"2011-11-11","issuedOn":"2021-01-04"}""").json().get("planId").asText();
            api.await("admin", queries.port(), "/api/plans/" + registered, answer -> answer.status() == 200);
            admin.signIn("admin").open("/plans/" + issuedPlan);
            assertThat(admin.has("erasure-form")).as("a plan issued here is erased with its case").isFalse();
            admin.open("/plans/" + registered).click("erase").screenshot("erasure-refused");
            assertThat(admin.text("error-summary")).contains("Enter the reason");
            admin.type("reason", "Erasure request received").click("confirm-erasure").screenshot("erased");
            assertThat(admin.text("done")).contains("The child's personal data has been erased");
            assertThat(admin.text("erasure")).contains("by admin", "Erasure request received");
            assertThat(admin.text("child")).isEqualTo("Erased");
            assertThat(admin.has("erasure-form")).isFalse();
        }
        try (Browser auditor = new Browser(queries.port(), "plan-auditor")) {
            auditor.signIn("auditor").open("/plans/" + issuedPlan).screenshot("auditor-plan");
            assertThat(auditor.has("step-review-meeting")).isFalse();
            Path pack = auditor.download("evidence-pack");
            assertThat(Files.readString(pack)).contains("Evidence pack: EHC plan " + issuedPlan, "Intact: all 2 events")
                    .doesNotContain("Cleo Madeup");
        }
    }
}
