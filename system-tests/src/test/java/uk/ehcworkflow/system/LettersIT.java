package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
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
        HttpResponse<byte[]> first = pdf("officer", "/api/letters/" + refused + ".1/pdf?on=2026-06-26");
        HttpResponse<byte[]> again = pdf("officer", "/api/letters/" + refused + ".1/pdf?on=2026-06-26");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(first.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(again.body()).isEqualTo(first.body());
        String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(first.body()));
        assertThat(first.headers().firstValue("Repr-Digest")).hasValue("sha-256=:" + digest + ":");
        assertThat(pdf("officer", "/api/letters/" + refused + ".1/pdf?on=2026-06-29").body()).isNotEqualTo(first.body());
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
    void a_refusal_without_reasons_cannot_be_written_and_an_erased_childs_letter_cannot_be_either() {
        String silent = open("Ola Madeup");
        step(silent, "DECISION_NOT_TO_ASSESS", "2026-06-19", null);
        var noReasons = api.await("officer", queries.port(), "/api/letters/" + silent + ".1", answer -> answer.status() != 404);
        assertThat(noReasons.status()).isEqualTo(409);
        assertThat(noReasons.json().get("rule").asText()).isEqualTo("reasons-not-recorded");

        String erased = open("Pia Madeup");
        step(erased, "DECISION_TO_ASSESS", "2026-06-19", null);
        assertThat(api.post("admin", commands.port(), "/api/assessments/" + erased + "/erasure",
                "{\"reason\":\"Erasure request\"}").status()).isEqualTo(204);
        var gone = api.await("officer", queries.port(), "/api/letters/" + erased + ".1", answer -> answer.status() == 409);
        assertThat(gone.json().get("rule").asText()).isEqualTo("personal-data-erased");
        assertThat(gone.body()).doesNotContain("Pia");
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

    private HttpResponse<byte[]> pdf(String user, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + queries.port() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
