package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statutory notices of an assessment's decisions, as an officer reads and sends them: the
 * refusal names the child and gives the officer's reasons and the appeal pack with the dates
 * counted from the letter's date; its PDF is the same bytes, with the same digest, every time.
 */
class LettersIT extends RunningServices {

    private String refused;

    @BeforeAll
    void aCaseRefused() {
        refused = open("Noor Madeup");
        assertThat(step(refused, "DECISION_NOT_TO_ASSESS", "2026-06-19",
                "Her needs are met well at SEN support; the school's plan shows steady progress.")).isEqualTo(204);
        api.await("officer", queries.port(), "/api/assessments/" + refused + "/letters", answer -> answer.json().size() == 1);
    }

    @Test
    void the_refusal_letter_names_the_child_gives_the_reasons_and_the_appeal_dates_from_the_day_it_is_dated() {
        JsonNode owed = api.get("officer", queries.port(), "/api/assessments/" + refused + "/letters").json().get(0);
        assertThat(owed.get("letterId").asText()).isEqualTo(refused + ".1");
        assertThat(owed.get("notice").asText()).isEqualTo("DECISION_NOT_TO_ASSESS");
        assertThat(owed.get("appealable").asBoolean()).isTrue();

        // Dated Friday 26 June 2026: 2 months on is Wednesday 26 August, in the Tribunal's August, so the
        // appeal's last day moves to Tuesday 1 September (r.12(3)); the mediation adviser's stays 26 August (reg 33).
        var letter = api.get("officer", queries.port(), owed.get("html").asText() + "?on=2026-06-26");
        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.contentType()).startsWith("text/html");
        assertThat(letter.body()).contains("About: Noor Madeup", "26 June 2026", "On 19 June 2026 we decided not to carry out",
                "Her needs are met well at SEN support", "by 26 August 2026", "by 1 September 2026", "id=\"mediation-f\"",
                "Your case officer is officer");
    }

    @Test
    void the_pdf_is_the_same_bytes_every_time_and_its_digest_says_so() throws Exception {
        HttpResponse<byte[]> first = bytes("officer", "/api/letters/" + refused + ".1/pdf?on=2026-06-26");
        HttpResponse<byte[]> again = bytes("officer", "/api/letters/" + refused + ".1/pdf?on=2026-06-26");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(first.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(again.body()).isEqualTo(first.body());
        String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(first.body()));
        assertThat(first.headers().firstValue("Repr-Digest")).hasValue("sha-256=:" + digest + ":");
        assertThat(bytes("officer", "/api/letters/" + refused + ".1/pdf?on=2026-06-29").body()).isNotEqualTo(first.body());
    }

    @Test
    void a_letter_dated_before_its_decision_an_unknown_letter_and_bad_dates_are_refused_naming_what_is_wrong() {
        var early = api.get("officer", queries.port(), "/api/letters/" + refused + ".1?on=2026-06-18");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("field").asText()).isEqualTo("on");
        assertThat(api.get("officer", queries.port(), "/api/letters/" + refused + ".1?on=26-06-2026").status()).isEqualTo(400);
        assertThat(api.get("officer", queries.port(), "/api/letters/" + refused + ".1?on=1066-10-14").status()).isEqualTo(400);
        assertThat(api.get("officer", queries.port(), "/api/letters/" + refused + ".2").status()).isEqualTo(404);
        assertThat(api.get("officer", queries.port(), "/api/letters/" + refused + ".0").status()).isEqualTo(404);
        assertThat(api.get("officer", queries.port(), "/api/letters/" + refused).status()).isEqualTo(404);
        assertThat(api.get("officer", queries.port(), "/api/letters/no-such-case.1").status()).isEqualTo(404);
        assertThat(api.get("officer", queries.port(), "/api/letters/" + refused + ".1").contentType())
                .as("today's letter").startsWith("text/html");
    }

    @Test
    void a_refusal_without_reasons_is_not_recorded_and_an_erased_childs_letter_cannot_be_written() {
        String silent = open("Ola Madeup");
        var noReasons = api.post("officer", commands.port(), "/api/assessments/" + silent + "/milestones",
                "{\"milestone\":\"DECISION_NOT_TO_ASSESS\",\"occurredOn\":\"2026-06-19\",\"note\":\"  \"}");
        assertThat(noReasons.status()).isEqualTo(400);
        assertThat(noReasons.json().get("field").asText()).isEqualTo("note");
        assertThat(noReasons.json().get("rule").asText()).isEqualTo("reasons-required");
        api.await("officer", queries.port(), "/api/assessments/" + silent, answer -> answer.status() == 200);
        assertThat(api.get("officer", queries.port(), "/api/assessments/" + silent + "/letters").json()).isEmpty();

        String erased = open("Pia Madeup");
        step(erased, "DECISION_TO_ASSESS", "2026-06-19", null);
        assertThat(api.post("admin", commands.port(), "/api/assessments/" + erased + "/erasure",
                "{\"reason\":\"Erasure request\"}").status()).isEqualTo(204);
        var gone = api.await("officer", queries.port(), "/api/letters/" + erased + ".1", answer -> answer.status() == 409);
        assertThat(gone.json().get("rule").asText()).isEqualTo("personal-data-erased");
        assertThat(gone.body()).doesNotContain("Pia");
    }

    @Test
    void a_letter_recorded_as_sent_keeps_the_digest_of_its_pdf_dated_that_day_and_is_recorded_once() throws Exception {
        String sentCase = open("Rae Madeup");
        step(sentCase, "DECISION_NOT_TO_ASSESS", "2026-06-19", "Her needs are met at SEN support.");
        api.await("officer", queries.port(), "/api/assessments/" + sentCase + "/letters", answer -> answer.json().size() == 1);

        var sent = api.post("officer", queries.port(), "/api/letters/" + sentCase + ".1/sent",
                "{\"sentOn\":\"2026-06-22\",\"channel\":\"POST\",\"servedOn\":\"2026-06-24\"}");

        assertThat(sent.status()).isEqualTo(200);
        byte[] letter = bytes("officer", "/api/letters/" + sentCase + ".1/pdf?on=2026-06-22").body();
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(letter));
        assertThat(sent.json().get("pdfSha256").asText()).isEqualTo(digest);
        JsonNode recorded = api.get("officer", queries.port(), "/api/assessments/" + sentCase + "/letters").json().get(0).get("sent");
        assertThat(recorded.get("sentOn").asText()).as("shown as soon as answered").isEqualTo("2026-06-22");
        assertThat(recorded.get("channel").asText()).isEqualTo("POST");
        assertThat(recorded.get("servedOn").asText()).isEqualTo("2026-06-24");
        assertThat(recorded.get("pdfSha256").asText()).isEqualTo(digest);
        assertThat(recorded.get("recordedBy").asText()).isEqualTo("officer");
        JsonNode trail = api.await("auditor", queries.port(), "/api/audit?aggregateId=" + sentCase + "&type=LetterSent",
                answer -> answer.json().get("entries").size() == 1).json();
        assertThat(trail.at("/entries/0/description").asText()).contains("DECISION_NOT_TO_ASSESS", "2026-06-22", digest)
                .doesNotContain("Rae");

        // The family's clocks run from the letter: 22 August 2026 for the mediation adviser; the appeal's
        // 22 August is in the Tribunal's August, so 1 September (r.12(3)).
        JsonNode right = api.get("officer", queries.port(), "/api/assessments/" + sentCase).json().at("/appealRights/0");
        assertThat(right.get("letterOn").asText()).isEqualTo("2026-06-22");
        assertThat(right.get("letterRecorded").asBoolean()).isTrue();
        assertThat(right.get("mediationAdviceBy").asText()).isEqualTo("2026-08-22");
        assertThat(right.get("appealBy").asText()).isEqualTo("2026-09-01");
        var onTheDecisionsDay = api.post("officer", commands.port(), "/api/disputes", "{\"caseId\":\"" + sentCase
                + "\",\"decision\":\"DECISION_NOT_TO_ASSESS\",\"decisionLetterOn\":\"2026-06-19\"}");
        assertThat(onTheDecisionsDay.status()).isEqualTo(409);
        assertThat(onTheDecisionsDay.json().get("rule").asText()).isEqualTo("decision-not-recorded");
        assertThat(api.post("officer", commands.port(), "/api/disputes", "{\"caseId\":\"" + sentCase
                + "\",\"decision\":\"DECISION_NOT_TO_ASSESS\",\"decisionLetterOn\":\"2026-06-22\"}").status())
                .isEqualTo(201);

        // The evidence: the pack says the letter written again for its day is the one sent (by digest, never a name);
        // the inspection bundle carries the PDF itself.
        String pack = api.get("auditor", queries.port(), "/api/evidence/assessments/" + sentCase).body();
        assertThat(pack).contains("Letters sent to the family", digest, "the same letter (same digest)").doesNotContain("Rae");
        assertThat(pack).as("decided on 19 June, sent on the 22nd: within its 5 working days").contains("Within 5 working days")
                .containsPattern("<td>2026-06-19</td><td>2026-06-22</td><td>yes</td>");
        HttpResponse<byte[]> bundle = bytes("auditor", "/api/returns/inspection/children/" + sentCase);
        assertThat(bundle.statusCode()).isEqualTo(200);
        Map<String, byte[]> files = unzipped(bundle.body());
        assertThat(files).containsKey("letters/letter-" + sentCase + ".1-sent-2026-06-22.pdf");
        assertThat(files.get("letters/letter-" + sentCase + ".1-sent-2026-06-22.pdf")).isEqualTo(letter);

        var again = api.post("officer", queries.port(), "/api/letters/" + sentCase + ".1/sent",
                "{\"sentOn\":\"2026-06-23\",\"channel\":\"EMAIL\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("letter-already-sent");
    }

    @Test
    void each_notice_of_an_assessment_is_a_pdf_saying_what_it_must_and_the_drafts_sending_moves_the_final_plans_first_day()
            throws Exception {
        String assessed = open("Ezra Madeup");
        step(assessed, "DECISION_TO_ASSESS", "2026-06-15", null);
        api.await("officer", queries.port(), "/api/assessments/" + assessed + "/letters", answer -> answer.json().size() == 1);
        assertThat(pdfText(assessed + ".1", "2026-06-16")).contains("Ezra Madeup",
                "On 15 June 2026 we decided to carry out an education, health and care (EHC) needs assessment",
                "final plan by 28 September 2026");

        assertThat(step(assessed, "DRAFT_PLAN_ISSUED", "2026-09-01", null)).isEqualTo(204);
        api.await("officer", queries.port(), "/api/assessments/" + assessed + "/letters", answer -> answer.json().size() == 2);
        assertThat(pdfText(assessed + ".2", "2026-09-01")).contains("draft education, health and care (EHC) plan for Ezra Madeup",
                "Ask us to name a particular school or college", "Ask for a meeting");
        // posted on Tuesday 1 September with no day of arrival known: served on Thursday 3rd, so the
        // family's 15 days run to the 17th and the final plan may come on the 18th, not the 16th (ADR 41)
        assertThat(api.post("officer", queries.port(), "/api/letters/" + assessed + ".2/sent",
                "{\"sentOn\":\"2026-09-01\",\"channel\":\"POST\"}").status()).isEqualTo(200);
        var early = api.post("officer", commands.port(), "/api/assessments/" + assessed + "/milestones",
                "{\"milestone\":\"FINAL_PLAN_ISSUED\",\"occurredOn\":\"2026-09-17\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains("2026-09-03", "2026-09-18");
        assertThat(step(assessed, "FINAL_PLAN_ISSUED", "2026-09-18", null)).isEqualTo(204);
        api.await("officer", queries.port(), "/api/assessments/" + assessed + "/letters", answer -> answer.json().size() == 3);
        assertThat(pdfText(assessed + ".3", "2026-09-18")).contains("final education, health and care (EHC) plan for Ezra Madeup",
                "You have the right to appeal", "by 18 November 2026", "The mediation adviser:", "To arrange mediation with us",
                "You do not need one if your appeal is only about the name or type of school");

        String notIssued = open("Ida Madeup");
        step(notIssued, "DECISION_TO_ASSESS", "2026-06-15", null);
        assertThat(step(notIssued, "DECISION_NOT_TO_ISSUE", "2026-08-20",
                "Her needs can be met from the support her school provides.")).isEqualTo(204);
        api.await("officer", queries.port(), "/api/assessments/" + notIssued + "/letters", answer -> answer.json().size() == 2);
        assertThat(pdfText(notIssued + ".2", "2026-08-21")).contains("Ida Madeup", "we decided not to issue an EHC plan",
                "Her needs can be met from the support her school provides.", "You have the right to appeal",
                "by 21 October 2026", "To arrange mediation with us");
    }

    /** The text of the letter's PDF dated that day, as a screen reader or a copy and paste gets it, spaces folded. */
    private String pdfText(String letterId, String on) throws Exception {
        HttpResponse<byte[]> pdf = bytes("officer", "/api/letters/" + letterId + "/pdf?on=" + on);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void a_letter_not_yet_sent_is_in_the_work_tray_by_the_fifth_working_day_and_the_figures_count_it_once_sent() {
        String late = open("Tam Madeup");
        step(late, "DECISION_NOT_TO_ASSESS", "2026-06-19", "His needs are met at SEN support.");
        // decided on Friday 19 June 2026, so to be sent by Friday 26 June
        JsonNode owed = api.await("officer", queries.port(), "/api/work-tray?withinDays=0&kind=NOTICE&size=500",
                answer -> notice(answer.json(), late) != null).json();
        assertThat(notice(owed, late).get("dueOn").asText()).isEqualTo("2026-06-26");
        assertThat(notice(owed, late).get("status").asText()).isEqualTo("OVERDUE");
        JsonNode before = api.get("dashboard", queries.port(), "/api/timeliness?year=2026").json().get("notices");

        assertThat(api.post("officer", queries.port(), "/api/letters/" + late + ".1/sent",
                "{\"sentOn\":\"2026-06-26\",\"channel\":\"EMAIL\"}").status()).isEqualTo(200);

        assertThat(notice(api.get("officer", queries.port(), "/api/work-tray?withinDays=0&kind=NOTICE&size=500").json(), late))
                .isNull();
        JsonNode after = api.await("dashboard", queries.port(), "/api/timeliness?year=2026",
                answer -> answer.json().at("/notices/sent").asLong() > before.get("sent").asLong()).json().get("notices");
        assertThat(after.get("owed").asLong()).isEqualTo(before.get("owed").asLong());
        assertThat(after.get("sent").asLong()).isEqualTo(before.get("sent").asLong() + 1);
        assertThat(after.get("sentWithinFiveWorkingDays").asLong())
                .isEqualTo(before.get("sentWithinFiveWorkingDays").asLong() + 1);
        assertThat(after.get("notRecordedAsSent").asLong()).isEqualTo(before.get("notRecordedAsSent").asLong() - 1);
    }

    /** The tray's letter to send for the case, if it holds one. */
    private static JsonNode notice(JsonNode tray, String caseId) {
        for (JsonNode deadline : tray.get("deadlines")) {
            if (caseId.equals(deadline.path("assessmentId").asText()) && "NOTICE".equals(deadline.get("kind").asText())) {
                return deadline;
            }
        }
        return null;
    }

    @Test
    void a_letter_recorded_with_a_digest_that_is_not_the_letters_is_shown_as_differing_and_left_out_of_the_bundle()
            throws Exception {
        String other = open("Sol Madeup");
        step(other, "DECISION_TO_ASSESS", "2026-06-19", null);
        assertThat(api.post("officer", commands.port(), "/api/assessments/" + other + "/letters/1/sent",
                "{\"sentOn\":\"2026-06-22\",\"channel\":\"BY_HAND\",\"pdfSha256\":\"" + "0".repeat(64) + "\"}").status())
                .isEqualTo(204);
        api.await("officer", queries.port(), "/api/assessments/" + other + "/letters",
                answer -> answer.json().path(0).path("sent").isObject());

        assertThat(api.get("auditor", queries.port(), "/api/evidence/assessments/" + other).body())
                .contains("Letters sent to the family", "differs: the area");
        assertThat(unzipped(bytes("auditor", "/api/returns/inspection/children/" + other).body()).keySet())
                .noneMatch(name -> name.startsWith("letters/"));
    }

    @Test
    void a_sending_is_refused_before_its_decision_in_the_future_unserved_or_by_anyone_but_an_officer() {
        String path = "/api/letters/" + refused + ".1/sent";
        var early = api.post("officer", queries.port(), path, "{\"sentOn\":\"2026-06-18\",\"channel\":\"POST\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("field").asText()).isEqualTo("sentOn");
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1).toString();
        var future = api.post("officer", queries.port(), path, "{\"sentOn\":\"" + tomorrow + "\",\"channel\":\"POST\"}");
        assertThat(future.status()).isEqualTo(409);
        assertThat(future.json().get("field").asText()).isEqualTo("sentOn");
        var servedFirst = api.post("officer", queries.port(), path,
                "{\"sentOn\":\"2026-06-26\",\"channel\":\"POST\",\"servedOn\":\"2026-06-25\"}");
        assertThat(servedFirst.status()).isEqualTo(409);
        assertThat(servedFirst.json().get("field").asText()).isEqualTo("servedOn");
        assertThat(api.post("officer", queries.port(), path, "{\"channel\":\"POST\"}").json().get("field").asText())
                .isEqualTo("sentOn");
        assertThat(api.post("officer", queries.port(), path, "{\"sentOn\":\"2026-06-26\",\"channel\":\"PIGEON\"}")
                .json().get("field").asText()).isEqualTo("channel");
        assertThat(api.post("officer", queries.port(), "/api/letters/" + refused + ".2/sent",
                "{\"sentOn\":\"2026-06-26\",\"channel\":\"POST\"}").status()).isEqualTo(404);
        for (String role : new String[] {"manager", "auditor", "admin", "dashboard"}) {
            assertThat(api.post(role, queries.port(), path, "{\"sentOn\":\"2026-06-26\",\"channel\":\"POST\"}").status())
                    .as(role).isEqualTo(403);
        }
        assertThat(api.get("officer", queries.port(), "/api/assessments/" + refused + "/letters").json().get(0).get("sent")
                .isNull()).as("nothing refused was recorded").isTrue();
        JsonNode right = api.get("officer", queries.port(), "/api/assessments/" + refused).json().at("/appealRights/0");
        assertThat(right.get("letterOn").asText()).as("with no letter recorded, the decision's day").isEqualTo("2026-06-19");
        assertThat(right.get("letterRecorded").asBoolean()).isFalse();
    }

    @Test
    void only_those_who_work_cases_read_letters_and_an_auditors_reading_is_recorded() {
        for (String role : new String[] {"dashboard", "lead", "panel", "returns", "health"}) {
            assertThat(api.get(role, queries.port(), "/api/letters/" + refused + ".1").status()).as(role).isEqualTo(403);
            assertThat(api.get(role, queries.port(), "/api/assessments/" + refused + "/letters").status()).as(role).isEqualTo(403);
        }
        assertThat(api.get("auditor", queries.port(), "/api/letters/" + refused + ".1?on=2026-06-26").status()).isEqualTo(200);
        api.await("auditor", queries.port(), "/api/audit?aggregateId=" + refused + "&type=PersonalDataViewed",
                answer -> answer.body().contains("letter " + refused + ".1"));
    }

    private String open(String name) {
        return api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"" + name
                + "\",\"dateOfBirth\":\"2017-02-03\",\"requestReceivedOn\":\"2026-05-11\",\"requestSource\":\"PARENT\"}")
                .json().get("assessmentId").asText();
    }

    private int step(String caseId, String milestone, String on, String note) {
        return api.post("officer", commands.port(), "/api/assessments/" + caseId + "/milestones", "{\"milestone\":\""
                + milestone + "\",\"occurredOn\":\"" + on + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}")
                .status();
    }

    private static Map<String, byte[]> unzipped(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** A GET whose answer is bytes: a PDF, a zip. */
    private HttpResponse<byte[]> bytes(String user, String path) {
        return api.bytes(user, queries.port(), path);
    }
}
