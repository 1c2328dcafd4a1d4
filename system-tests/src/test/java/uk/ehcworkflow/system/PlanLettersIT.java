package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
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
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;

/**
 * The statutory notices of a plan's decisions (ADR 44), one per kind, each read as the family's PDF:
 * dated the day its step recorded the notice as going, with the dates the family's time limits give
 * from that day, and recorded as sent that day with the digest of its PDF.
 */
class PlanLettersIT extends RunningServices {

    @Test
    void keeping_the_plan_after_a_review_is_a_refusal_to_amend_whose_appeal_runs_from_its_notice_and_is_recorded_sent_that_day()
            throws Exception {
        String plan = registered("Zoe Madeup", "");
        officer(plan, "review-meetings", "{\"heldOn\":\"2026-09-21\"}");
        officer(plan, "review-decisions", "{\"decision\":\"MAINTAIN\",\"decidedOn\":\"2026-10-01\",\"noticeSentOn\":\"2026-10-05\"}");
        JsonNode owed = onlyLetter(plan);
        assertThat(owed.get("notice").asText()).isEqualTo("REVIEW_MAINTAIN");
        assertThat(owed.get("appealable").asBoolean()).isTrue();
        String letter = owed.get("letterId").asText();

        // sent Monday 5 October 2026: the mediation adviser by Saturday 5 December (reg 33), the appeal by
        // Monday 7 December, the Tribunal's last day moved off the weekend (r.12(2))
        assertThat(pdfText(letter)).contains("About: Zoe Madeup", "5 October 2026", "meeting on 21 September 2026",
                "On 1 October 2026 we decided to keep the plan as it is", "The next review must be completed by 30 September 2027",
                "You have the right to appeal", "by 5 December 2026", "by 7 December 2026", "The mediation adviser:",
                "To arrange mediation with us", "disagreement resolution service", "information, advice and support service",
                "regulation 20 of the SEND Regulations 2014");

        // the plan's appeal rights and a dispute run from the notice's day too, not the decision's
        JsonNode right = api.get("officer", queries.port(), "/api/plans/" + plan).json().at("/appealRights/0");
        assertThat(right.get("letterOn").asText()).isEqualTo("2026-10-05");
        assertThat(right.get("mediationAdviceBy").asText()).isEqualTo("2026-12-05");
        assertThat(right.get("appealBy").asText()).isEqualTo("2026-12-07");
        var onTheDecisionsDay = api.post("officer", commands.port(), "/api/disputes", "{\"caseId\":\"" + plan
                + "\",\"decision\":\"REVIEW_MAINTAIN\",\"decisionLetterOn\":\"2026-10-01\",\"adviserContactedOn\":\"2026-10-20\"}");
        assertThat(onTheDecisionsDay.status()).isEqualTo(409);
        assertThat(onTheDecisionsDay.json().get("rule").asText()).isEqualTo("decision-not-recorded");
        assertThat(api.post("officer", commands.port(), "/api/disputes", "{\"caseId\":\"" + plan
                + "\",\"decision\":\"REVIEW_MAINTAIN\",\"decisionLetterOn\":\"2026-10-05\",\"adviserContactedOn\":\"2026-10-20\"}")
                .status()).isEqualTo(201);

        var otherDay = api.post("officer", queries.port(), "/api/letters/" + letter + "/sent",
                "{\"sentOn\":\"2026-10-06\",\"channel\":\"POST\"}");
        assertThat(otherDay.status()).isEqualTo(400);
        assertThat(otherDay.json().get("field").asText()).isEqualTo("sentOn");
        assertThat(otherDay.json().get("detail").asText()).contains("2026-10-05");
        var sent = api.post("officer", queries.port(), "/api/letters/" + letter + "/sent",
                "{\"sentOn\":\"2026-10-05\",\"channel\":\"POST\",\"servedOn\":\"2026-10-07\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        byte[] pdf = pdf(letter).body();
        assertThat(sent.json().get("pdfSha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        JsonNode recorded = onlyLetter(plan).get("sent");
        assertThat(recorded.get("sentOn").asText()).isEqualTo("2026-10-05");
        assertThat(recorded.get("servedOn").asText()).isEqualTo("2026-10-07");
        assertThat(recorded.get("pdfSha256").asText()).isEqualTo(sent.json().get("pdfSha256").asText());
        api.await("auditor", queries.port(), "/api/audit?aggregateId=plan:" + plan,
                answer -> answer.body().contains("PlanLetterSent") && answer.body().contains(recorded.get("pdfSha256").asText()));
        // the plan's evidence pack lists it with its digest, and the inspection bundle carries the PDF itself
        assertThat(api.get("auditor", queries.port(), "/api/evidence/plans/" + plan).body())
                .contains("Letters sent to the family", letter, sent.json().get("pdfSha256").asText(),
                        "the same letter (same digest)");
        HttpResponse<byte[]> bundle = get("auditor", "/api/returns/inspection/children/" + plan);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(unzipped(bundle.body()).get("letters/letter-" + letter + "-sent-2026-10-05.pdf")).isEqualTo(pdf);
        var again = api.post("officer", queries.port(), "/api/letters/" + letter + "/sent",
                "{\"sentOn\":\"2026-10-05\",\"channel\":\"EMAIL\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("letter-already-sent");
    }

    @Test
    void proposed_amendments_give_the_15_days_from_service_and_the_amended_plans_8_weeks_from_the_notice() throws Exception {
        String plan = registered("Yan Madeup", "");
        officer(plan, "review-meetings", "{\"heldOn\":\"2026-11-02\"}");
        officer(plan, "review-decisions", "{\"decision\":\"AMEND\",\"decidedOn\":\"2026-11-16\"}");
        JsonNode owed = onlyLetter(plan);
        assertThat(owed.get("notice").asText()).isEqualTo("PROPOSED_AMENDMENTS");
        assertThat(owed.get("appealable").asBoolean()).isFalse();

        assertThat(pdfText(owed.get("letterId").asText())).contains("About: Yan Madeup",
                "on 16 November 2026 we decided to change (amend) the plan", "a copy of the plan, the changes we propose",
                "Ask us to name a particular school or college", "Ask for a meeting",
                "If it reaches you on 16 November 2026, that is by 30 November 2026",
                "We will send you the amended plan by 11 January 2027", "regulations 20 and 22 of the SEND Regulations 2014")
                .doesNotContain("You have the right to appeal");
    }

    @Test
    void a_decision_to_cease_gives_its_reason_the_appeal_pack_and_keeps_the_plan_while_the_family_may_appeal() throws Exception {
        String plan = registered("Xia Madeup", "");
        officer(plan, "cessation-decision", "{\"decidedOn\":\"2026-10-05\",\"reason\":\"NEEDS_MET\"}");
        JsonNode owed = onlyLetter(plan);
        assertThat(owed.get("notice").asText()).isEqualTo("DECISION_TO_CEASE");
        assertThat(owed.get("appealable").asBoolean()).isTrue();

        assertThat(pdfText(owed.get("letterId").asText())).contains("About: Xia Madeup",
                "On 5 October 2026 we decided to stop maintaining", "the special educational provision in the plan is no longer needed",
                "keep maintaining the plan", "You have the right to appeal", "by 5 December 2026", "by 7 December 2026",
                "section 45 of the Children and Families Act 2014");
    }

    @Test
    void a_plan_transferred_in_says_it_moved_that_we_do_not_propose_to_assess_and_when_we_will_review() throws Exception {
        String plan = registered("Wil Madeup", ",\"lastReviewDecisionOn\":\"2026-04-20\",\"transferredInOn\":\"2026-10-12\","
                + "\"fromAuthority\":\"Elsewhere Madeup Council\"");
        officer(plan, "transfer-notice", "{\"sentOn\":\"2026-10-19\"}");
        JsonNode owed = onlyLetter(plan);
        assertThat(owed.get("notice").asText()).isEqualTo("TRANSFER_IN");

        // the later of 12 months from the last review (19 April 2027) and 3 months from the move (11 January 2027)
        assertThat(pdfText(owed.get("letterId").asText())).contains("About: Wil Madeup", "19 October 2026",
                "transferred to us from Elsewhere Madeup Council on 12 October 2026",
                "We are not proposing to carry out a new education, health and care needs assessment",
                "completing the review by 19 April 2027", "regulation 15 of the SEND Regulations 2014")
                .doesNotContain("You have the right to appeal");
    }

    @Test
    void an_order_carried_out_tells_the_family_what_was_ordered_what_was_done_and_whether_in_time() throws Exception {
        String planned = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Uma Madeup","dateOfBirth":"2015-03-03","requestReceivedOn":"2025-09-01","requestSource":"PARENT"}""")
                .json().get("assessmentId").asText();
        for (String step : new String[] {"DECISION_TO_ASSESS\",\"occurredOn\":\"2025-10-06", "DRAFT_PLAN_ISSUED\",\"occurredOn\":\"2026-01-05",
                "FINAL_PLAN_ISSUED\",\"occurredOn\":\"2026-02-02"}) {
            assertThat(api.post("officer", commands.port(), "/api/assessments/" + planned + "/milestones",
                    "{\"milestone\":\"" + step + "\"}").status()).isEqualTo(204);
        }
        String disputeId = api.post("officer", commands.port(), "/api/disputes", "{\"caseId\":\"" + planned
                + "\",\"decision\":\"FINAL_PLAN_ISSUED\",\"decisionLetterOn\":\"2026-02-02\"}").json().get("disputeId").asText();
        String d = "/api/disputes/" + disputeId;
        assertThat(api.post("officer", commands.port(), d + "/appeal", "{\"receivedOn\":\"2026-03-02\",\"grounds\":[\"SECTION_I\"]}")
                .status()).isEqualTo(204);
        assertThat(api.post("officer", commands.port(), d + "/outcome",
                "{\"decidedOn\":\"2026-05-04\",\"outcome\":\"UPHELD\",\"orders\":[\"AMEND_SECTION_I\"]}").status()).isEqualTo(204);
        assertThat(api.post("officer", commands.port(), d + "/compliance",
                "{\"order\":\"AMEND_SECTION_I\",\"compliedOn\":\"2026-05-15\"}").status()).isEqualTo(204);

        JsonNode owed = api.await("officer", queries.port(), d + "/letters", answer -> answer.json().size() == 1).json().get(0);
        assertThat(owed.get("notice").asText()).isEqualTo("ORDER_COMPLIED");
        String letter = owed.get("letterId").asText();
        assertThat(letter).startsWith(disputeId + ".d");
        // the amended plan naming the school was due 2 weeks after the order was sent (reg 44(2)(e))
        HttpResponse<byte[]> pdf = get("officer", "/api/letters/" + letter + "/pdf?on=2026-05-18");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("About: Uma Madeup",
                    "18 May 2026", "The tribunal ordered us to change the school or other institution named in the plan for Uma "
                    + "Madeup. On 15 May 2026 we issued the amended plan.", "within the time the law gives us, which ended on "
                    + "18 May 2026", "regulation 44 of the SEND Regulations 2014").doesNotContain("You have the right to appeal");
        }
        var early = api.post("officer", queries.port(), "/api/letters/" + letter + "/sent",
                "{\"sentOn\":\"2026-05-14\",\"channel\":\"POST\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("field").asText()).isEqualTo("sentOn");
        var sent = api.post("officer", queries.port(), "/api/letters/" + letter + "/sent",
                "{\"sentOn\":\"2026-05-18\",\"channel\":\"POST\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("pdfSha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())));
        assertThat(api.get("officer", queries.port(), d + "/letters").json().at("/0/sent/sentOn").asText()).isEqualTo("2026-05-18");
        assertThat(api.get("auditor", queries.port(), "/api/evidence/disputes/" + disputeId).body())
                .contains("Letters sent to the family", sent.json().get("pdfSha256").asText(), "the same letter (same digest)");
        assertThat(unzipped(get("auditor", "/api/returns/inspection/children/" + planned).body()))
                .containsKey("letters/letter-" + letter + "-sent-2026-05-18.pdf");
        assertThat(api.get("ep", queries.port(), d + "/letters").status()).isEqualTo(403);
    }

    @Test
    void an_event_that_owes_no_letter_another_day_and_someone_outside_casework_are_refused() {
        String plan = registered("Vic Madeup", "");
        officer(plan, "cessation-decision", "{\"decidedOn\":\"2026-10-05\",\"reason\":\"NEEDS_MET\"}");
        String letter = onlyLetter(plan).get("letterId").asText();

        assertThat(api.get("officer", queries.port(), "/api/letters/" + plan + ".p1").status()).as("the registration").isEqualTo(404);
        assertThat(api.get("officer", queries.port(), "/api/letters/" + plan + ".p99").status()).isEqualTo(404);
        assertThat(api.get("officer", queries.port(), "/api/letters/" + plan + ".px").status()).isEqualTo(404);
        assertThat(api.get("officer", queries.port(), "/api/letters/no-such-plan.p2").status()).isEqualTo(404);
        var otherDay = api.get("officer", queries.port(), "/api/letters/" + letter + "?on=2026-10-06");
        assertThat(otherDay.status()).isEqualTo(400);
        assertThat(otherDay.json().get("field").asText()).isEqualTo("on");
        assertThat(api.get("ep", queries.port(), "/api/plans/" + plan + "/letters").status()).isEqualTo(403);
        assertThat(api.get("dashboard", queries.port(), "/api/letters/" + letter).status()).isEqualTo(403);
        assertThat(api.post("auditor", queries.port(), "/api/letters/" + letter + "/sent",
                "{\"sentOn\":\"2026-10-05\",\"channel\":\"POST\"}").status()).isEqualTo(403);
    }

    private String registered(String name, String more) {
        String plan = api.post("officer", commands.port(), "/api/plans", "{\"childName\":\"" + name
                + "\",\"dateOfBirth\":\"2014-03-01\",\"issuedOn\":\"2025-01-13\"" + more + "}").json().get("planId").asText();
        api.await("officer", queries.port(), "/api/plans/" + plan, answer -> answer.status() == 200);
        return plan;
    }

    private void officer(String plan, String step, String body) {
        Api.Answer answer = api.post("officer", commands.port(), "/api/plans/" + plan + "/" + step, body);
        assertThat(answer.status()).as(step + " " + body + ": " + answer.body()).isIn(201, 204);
    }

    private JsonNode onlyLetter(String plan) {
        return api.await("officer", queries.port(), "/api/plans/" + plan + "/letters", answer -> answer.json().size() == 1)
                .json().get(0);
    }

    /** The text of the letter's PDF, as a screen reader or a copy and paste gets it, spaces folded. */
    private String pdfText(String letterId) throws Exception {
        HttpResponse<byte[]> pdf = pdf(letterId);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private HttpResponse<byte[]> pdf(String letterId) throws Exception {
        return get("officer", "/api/letters/" + letterId + "/pdf");
    }

    private static Map<String, byte[]> unzipped(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** A GET whose answer is bytes: a PDF, a zip. */
    private HttpResponse<byte[]> get(String user, String path) {
        return api.bytes(user, queries.port(), path);
    }
}
