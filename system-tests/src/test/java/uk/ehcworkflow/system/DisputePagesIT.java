package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A dispute through the pages, in real Chromium: an officer records that a family disputes a
 * refusal to assess, records the mediation certificate (once refused, kept as typed), the appeal
 * and the tribunal's order to assess, finds the order in the work tray and among the open
 * disputes, and sees the case reopened under the order; a manager reads the appeal rate beside
 * England's; an auditor downloads the dispute's evidence pack.
 */
@RequiresChromium
class DisputePagesIT extends RunningServices {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final LocalDate REFUSED_ON = TODAY.minusDays(20);

    private String refused;

    private static Browser date(Browser browser, String name, LocalDate date) {
        return browser.date(name, "" + date.getDayOfMonth(), "" + date.getMonthValue(), "" + date.getYear());
    }

    @BeforeAll
    void aRefusalToAssess() {
        refused = api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"Gil Madeup\",\"dateOfBirth\":"
                + "\"2015-06-06\",\"requestReceivedOn\":\"" + TODAY.minusDays(60) + "\",\"requestSource\":\"PARENT\"}")
                .json().get("assessmentId").asText();
        Api.Answer answer = api.post("officer", commands.port(), "/api/assessments/" + refused + "/milestones",
                "{\"milestone\":\"DECISION_NOT_TO_ASSESS\",\"occurredOn\":\"" + REFUSED_ON
                        + "\",\"note\":\"Made-up reasons.\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
        api.await("officer", queries.port(), "/api/assessments/" + refused, a -> a.status() == 200
                && a.json().get("appealRights").size() == 1);
    }

    @Test
    void an_officer_takes_a_refusal_through_mediation_and_appeal_to_an_order_that_reopens_the_case() throws Exception {
        String disputePage;
        try (Browser officer = new Browser(queries.port(), "dispute-officer")) {
            officer.signIn("officer").open("/cases/" + refused).scrollTo("appeal-rights").screenshot("appeal-rights");
            assertThat(officer.text("appeal-rights")).contains("Decision not to assess", SHORT.format(REFUSED_ON),
                    SHORT.format(REFUSED_ON.plusMonths(2)), "Open");
            officer.click("record-dispute-DECISION_NOT_TO_ASSESS-" + REFUSED_ON);
            date(officer, "adviserContactedOn", TODAY.minusDays(15)).click("record-dispute").screenshot("dispute-recorded");
            assertThat(officer.text("done")).contains("The dispute has been recorded");
            assertThat(officer.text("stage")).isEqualTo("Mediation");
            disputePage = officer.url();
            assertThat(officer.text("mediation")).contains("Not asked for");

            officer.click("step-mediation-requested");
            date(officer, "on", TODAY.minusDays(14)).click("record");
            assertThat(officer.text("mediation")).contains("to be arranged by "
                    + TODAY.minusDays(14).plusDays(30).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
            assertThat(officer.has("step-mediation-requested")).isFalse();

            officer.click("step-certificate");
            date(officer, "issuedOn", TODAY.minusDays(16)).check("mediationHeld").choose("outcome", "NOT_RESOLVED")
                    .click("record").screenshot("certificate-refused");
            assertThat(officer.text("error-summary")).contains("on or after the day the adviser was contacted");
            assertThat(officer.value("issuedOn-day")).isEqualTo("" + TODAY.minusDays(16).getDayOfMonth());
            date(officer, "issuedOn", TODAY.minusDays(10)).click("record");
            assertThat(officer.text("certificate")).contains("Not resolved");
            assertThat(officer.has("step-certificate")).isFalse();

            officer.click("step-appeal");
            date(officer, "receivedOn", TODAY.minusDays(6));
            date(officer, "registeredOn", TODAY.minusDays(5)).check("ground-REFUSAL_TO_ASSESS").click("record");
            assertThat(officer.text("appeal")).contains("Refusal to assess", "Received", "registered");
            assertThat(officer.text("response-due")).isNotBlank();
            assertThat(officer.has("step-response-due")).isTrue();

            officer.click("step-outcome");
            date(officer, "decidedOn", TODAY.minusDays(2)).choose("outcome", "UPHELD").check("order-ASSESS")
                    .click("record").screenshot("ordered");
            assertThat(officer.text("orders")).contains("Assess", "Notice to assess by " + SHORT.format(TODAY.minusDays(2).plusWeeks(2)),
                    SHORT.format(TODAY.minusDays(2).plusWeeks(14)), "Not yet");
            assertThat(officer.has("step-order-compliance")).isTrue();

            officer.open("/work-tray?kind=TRIBUNAL_ORDER&withinDays=120").screenshot("work-tray-orders");
            assertThat(officer.text("tray")).contains("(dispute)", "Gil Madeup", "Tribunal order carried out");
            officer.open("/disputes").screenshot("disputes-open");
            assertThat(officer.text("open")).contains("Decision not to assess", "Tribunal order: Assess");

            officer.open("/cases/" + refused).screenshot("case-reopened");
            assertThat(officer.text("reopened")).contains("An order to assess overturned the decision not to assess");
            assertThat(officer.text("order-deadlines")).contains("Notice to assess", SHORT.format(TODAY.minusDays(2).plusWeeks(2)));
            assertThat(officer.options("milestone")).contains("DECISION_TO_ASSESS").doesNotContain("DECISION_NOT_TO_ASSESS");
        }
        try (Browser manager = new Browser(queries.port(), "dispute-dashboard")) {
            manager.signIn("dashboard").open("/dashboard?kind=CALENDAR&year=" + TODAY.getYear()).scrollTo("disputes")
                    .screenshot("dashboard-disputes");
            assertThat(manager.text("appeal-rate")).contains("Appeals registered, per appealable decision notified", "3.2%");
            assertThat(manager.text("family-favour")).contains("decided in the family's favour", "99% (academic year 2024/25)");
            manager.open(disputePage.substring(disputePage.indexOf("/disputes/")));
            assertThat(manager.heading()).isEqualTo("You do not have access to this page");
        }
        try (Browser auditor = new Browser(queries.port(), "dispute-auditor")) {
            auditor.signIn("auditor").open(disputePage.substring(disputePage.indexOf("/disputes/")).replaceAll("\\?.*", ""))
                    .screenshot("auditor-dispute");
            assertThat(auditor.has("step-appeal")).isFalse();
            Path pack = auditor.download("evidence-pack");
            assertThat(Files.readString(pack)).contains("Evidence pack: dispute", "Intact: all 6 events")
                    .doesNotContain("Gil Madeup");
        }
    }
}
