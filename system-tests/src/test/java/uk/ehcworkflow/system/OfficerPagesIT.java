package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * A case officer's day through the pages only, in real Chromium: sign in, log a request with the
 * keyboard alone, find it in the work tray, record a step the rules refuse and see why with the
 * input kept, record it properly, and watch the work tray change.
 */
@RequiresChromium
class OfficerPagesIT extends RunningServices {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void an_officer_logs_a_request_records_steps_and_works_from_the_tray() {
        LocalDate received = TODAY.minusDays(30);
        try (Browser officer = new Browser(queries.port(), "case-officer")) {
            officer.signIn("officer").screenshot("start");
            assertThat(officer.heading()).isEqualTo("What you can do");
            assertThat(officer.pageText()).contains("Work tray", "New request");

            officer.open("/cases/new").tabTo("childName").keys("Rowan Invented")
                    .keys(Keys.TAB, "1").keys(Keys.TAB, "9").keys(Keys.TAB, "2016")
                    .keys(Keys.TAB, "" + received.getDayOfMonth()).keys(Keys.TAB, "" + received.getMonthValue())
                    .keys(Keys.TAB, "" + received.getYear())
                    .tabTo("requestSource").keys("Parent").screenshot("new-request").tabTo("log-request").enter();
            assertThat(officer.text("done")).contains("The request has been logged");
            String reference = officer.heading();
            assertThat(reference).matches("EHC-" + received.getYear() + "-\\d{5}");
            assertThat(officer.options("milestone"))
                    .containsExactly("DECISION_TO_ASSESS", "DECISION_NOT_TO_ASSESS", "REQUEST_WITHDRAWN", "TRANSFERRED_OUT");
            officer.screenshot("case-logged");

            // the kind and status chosen, so that the other tests' cases never push this one onto a later page
            officer.open("/work-tray?withinDays=60&kind=DECISION&status=DUE_SOON").screenshot("work-tray-before");
            assertThat(officer.text("tray")).contains(reference + " Rowan Invented Decision whether to assess");
            String dueSoonBefore = officer.text("count-due-soon");

            officer.open("/cases").type("q", "rowan inv").click("find").screenshot("found-by-name");
            assertThat(officer.text("found")).contains(reference, "Rowan Invented", "1 Sep 2016");
            officer.open("/cases?q=" + reference.toLowerCase());
            assertThat(officer.heading()).isEqualTo(reference);
            assertThat(officer.text("child")).isEqualTo("Rowan Invented");
            LocalDate beforeTheRequest = received.minusDays(2);
            officer.choose("milestone", "DECISION_TO_ASSESS")
                    .date("occurredOn", "" + beforeTheRequest.getDayOfMonth(), "" + beforeTheRequest.getMonthValue(),
                            "" + beforeTheRequest.getYear())
                    .type("note", "Panel agreed").click("record-step").screenshot("refused-step");
            String expected = "The date it happened must be on or after the day the request was received, "
                    + received.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
            assertThat(officer.text("error-summary")).contains("There is a problem", expected);
            assertThat(officer.text("occurredOn-error")).as("the date itself shows its error").contains(expected);
            officer.scrollTo("milestone-form").screenshot("refused-step-at-the-field");
            assertThat(officer.value("occurredOn-day")).isEqualTo("" + beforeTheRequest.getDayOfMonth());
            assertThat(officer.value("note")).isEqualTo("Panel agreed");

            LocalDate decided = received.plusDays(20);
            officer.date("occurredOn", "" + decided.getDayOfMonth(), "" + decided.getMonthValue(), "" + decided.getYear())
                    .click("record-step").screenshot("step-recorded");
            assertThat(officer.text("timeline")).contains("Decision to assess", "Panel agreed");
            assertThat(officer.text("letters")).contains("We will carry out an education, health and care needs assessment")
                    .doesNotContain("appeal rights");
            officer.click("letter-1").screenshot("letter-decision-to-assess");
            assertThat(officer.heading()).isEqualTo("We will carry out an education, health and care needs assessment");
            assertThat(officer.pageText()).contains("About: Rowan Invented", "Our reference: " + reference, "On "
                    + decided.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                    + " we decided to carry out");
            officer.back();
            assertThat(officer.text("letter-1-sent")).contains("Not recorded");
            officer.click("letter-1-record-sent").screenshot("letter-record-sent");
            officer.date("sentOn", "" + decided.getDayOfMonth(), "" + decided.getMonthValue(), "" + (decided.getYear() + 1))
                    .choose("channel", "EMAIL").click("record-letter-sent").screenshot("letter-sent-refused");
            assertThat(officer.text("error-summary")).contains("There is a problem");
            officer.date("sentOn", "" + decided.getDayOfMonth(), "" + decided.getMonthValue(), "" + decided.getYear())
                    .click("record-letter-sent");
            assertThat(officer.text("done")).contains("The letter has been recorded as sent");
            assertThat(officer.text("letter-1-sent")).isEqualTo(decided.format(
                    java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)) + " by email");
            assertThat(officer.options("milestone")).containsExactly("DRAFT_PLAN_ISSUED", "DECISION_NOT_TO_ISSUE",
                    "REQUEST_WITHDRAWN", "TRANSFERRED_OUT");

            officer.choose("agency", "HEALTH").date("requestedOn", "" + decided.getDayOfMonth(),
                    "" + decided.getMonthValue(), "" + decided.getYear()).click("request-advice");
            assertThat(officer.text("advice")).contains("Health", "Outstanding");
            officer.click("family-view-link").screenshot("family-view");
            assertThat(officer.text("family-now")).isEqualTo("We are collecting advice about your child; the health advice is due by "
                    + decided.plusWeeks(6).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                    + ".");
            assertThat(officer.text("family-letters")).contains("We will carry out an education, health and care needs assessment, sent");
            assertThat(officer.text("family-officer")).startsWith("Your case officer is officer.");

            officer.open("/work-tray?withinDays=60&kind=DECISION&status=DUE_SOON");
            assertThat(officer.has("tray") ? officer.text("tray") : "").doesNotContain(reference);
            assertThat(officer.text("count-due-soon")).isNotEqualTo(dueSoonBefore);
            officer.open("/work-tray?withinDays=60&kind=ADVICE&status=ON_TRACK").screenshot("work-tray-after");
            assertThat(officer.text("tray")).contains(reference + " Rowan Invented Advice from health");
            officer.signOut();
            assertThat(officer.pageText()).contains("You have signed out");
        }
    }

    @Test
    void a_manager_moves_a_case_to_another_officer_whose_tray_then_holds_it_and_the_caseloads_count_it() {
        String caseId = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Sasha Invented","dateOfBirth":"2017-02-03","requestReceivedOn":"%s","requestSource":"SCHOOL"}"""
                .formatted(TODAY.minusDays(10))).json().get("assessmentId").asText();
        // The reference is assigned by an event of its own, just after the case is opened.
        String reference = api.await("officer", queries.port(), "/api/assessments/" + caseId,
                answer -> answer.status() == 200 && answer.json().get("reference").isTextual()).json().get("reference").asText();
        try (Browser browser = new Browser(queries.port(), "caseloads")) {
            String decisions = "/work-tray?withinDays=60&kind=DECISION&status=ON_TRACK";
            browser.signIn("officer").open(decisions);
            assertThat(browser.text("tray-scope")).contains("in the caseload of officer");
            assertThat(browser.text("tray")).contains(reference + " Sasha Invented");
            browser.signOut().signIn("manager").open(decisions).screenshot("manager-tray");
            assertThat(browser.text("tray-scope")).contains("of every open case");
            assertThat(browser.text("tray")).contains(reference + " Sasha Invented Decision whether to assess");

            browser.open("/caseloads");
            long before = officer2Cases(browser);
            browser.open("/cases/" + caseId);
            assertThat(browser.text("held-by")).isEqualTo("officer, North team");
            browser.choose("officer", "officer2").choose("team", "South").click("assign").screenshot("moved");
            assertThat(browser.text("done")).contains("Moved to the caseload chosen");
            assertThat(browser.text("held-by")).isEqualTo("officer2, South team");
            browser.open("/caseloads").screenshot("caseloads");
            assertThat(officer2Cases(browser)).isEqualTo(before + 1);

            browser.signOut().signIn("officer2").open(decisions);
            assertThat(browser.text("tray")).contains(reference + " Sasha Invented");
            browser.signOut().signIn("officer").open(decisions);
            assertThat(browser.has("tray") ? browser.text("tray") : "").doesNotContain(reference);
            browser.signOut().signIn("dashboard").open("/caseloads");
            assertThat(browser.text("officers")).contains("officer2").doesNotContain("Sasha");
        }
    }

    /** The open requests the caseloads page counts for officer2 in the South team. */
    private static long officer2Cases(Browser browser) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("officer2 South (\\d+)").matcher(browser.text("officers"));
        return row.find() ? Long.parseLong(row.group(1)) : 0;
    }

    @Test
    void unknown_cases_and_pages_the_role_may_not_see_are_govuk_pages() {
        try (Browser dashboard = new Browser(queries.port(), "access")) {
            dashboard.open("/work-tray");
            assertThat(dashboard.url()).endsWith("/sign-in");

            dashboard.signIn("dashboard").open("/work-tray").screenshot("no-access");
            assertThat(dashboard.heading()).isEqualTo("You do not have access to this page");
            dashboard.signOut();

            dashboard.signIn("officer").open("/cases/no-such-case").screenshot("not-found");
            assertThat(dashboard.heading()).isEqualTo("Page not found");
            dashboard.open("/no/such/page");
            assertThat(dashboard.heading()).isEqualTo("Page not found");
            dashboard.open("/work-tray?withinDays=lots");
            assertThat(dashboard.heading()).as("a typo in a filter keeps the page").isEqualTo("Work tray");
            assertThat(dashboard.text("withinDays-error")).contains("The number of days must be a whole number from 0 to 366");
            assertThat(dashboard.value("withinDays")).isEqualTo("lots");
            assertThat(dashboard.pageText()).doesNotContain("Exception", "at uk.");
        }
    }
}
