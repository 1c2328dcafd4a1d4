package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.system.browser.Browser;
import uk.ehcworkflow.system.browser.RequiresChromium;

/**
 * A family on their own case (ADR 43), with the services sending email to a real SMTP server: the
 * officer invites a parent from the case's pages; the parent signs in with the emailed link, sees
 * the dates, downloads the decision letter and answers the draft asking for nothing further; the
 * officer's case then shows the answer and allows the final plan. No email names the child.
 */
@RequiresChromium
class FamilyIT extends RunningServices {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String PARENT = "riley.parent@example.invalid";

    private GreenMail mail;
    private String caseId;
    private String reference;
    private LocalDate decided;

    @Override
    protected String[] serviceArguments() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        return new String[] {"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--ehc.mail.poll=PT1S", "--ehc.mail.dates-check=PT1S"};
    }

    @AfterAll
    void stopMail() {
        mail.stop();
    }

    private void officer(String path, String body) {
        Api.Answer answer = api.post("officer", commands.port(), path, body);
        assertThat(answer.status()).as(path + " " + body + ": " + answer.body()).isIn(201, 204);
    }

    /** A case decided and its letter sent, with a draft plan out to the family since two days ago. */
    @BeforeAll
    void aCaseWithADraftOut() {
        LocalDate received = TODAY.minusDays(100);
        decided = received.plusDays(35);
        caseId = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Riley Madeup","dateOfBirth":"2016-05-05","requestReceivedOn":"%s","requestSource":"PARENT"}"""
                .formatted(received)).json().get("assessmentId").asText();
        officer("/api/assessments/" + caseId + "/milestones", "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"" + decided
                + "\"}");
        api.await("officer", queries.port(), "/api/assessments/" + caseId + "/letters", answer -> answer.json().size() == 1);
        assertThat(api.post("officer", queries.port(), "/api/letters/" + caseId + ".1/sent",
                "{\"sentOn\":\"" + decided + "\",\"channel\":\"EMAIL\"}").status()).isEqualTo(200);
        officer("/api/assessments/" + caseId + "/milestones", "{\"milestone\":\"DRAFT_PLAN_ISSUED\",\"occurredOn\":\""
                + TODAY.minusDays(2) + "\"}");
        reference = api.await("officer", queries.port(), "/api/assessments/" + caseId,
                answer -> answer.json().get("milestones").size() == 2).json().get("reference").asText();
    }

    @Test
    void a_parent_invited_signs_in_with_the_emailed_link_sees_the_dates_downloads_the_letter_and_answers_the_draft()
            throws Exception {
        try (Browser officer = new Browser(queries.port(), "family-invitation")) {
            officer.signIn("officer").open("/cases/" + caseId).click("family-invitations-link");
            officer.type("email", PARENT).choose("relationship", "PARENT").click("send-invitation").screenshot("invited");
            assertThat(officer.text("done")).contains("Invitation sent");
            assertThat(officer.text("invitations")).contains("Parent", PARENT, "Not yet");
            officer.open("/cases/" + caseId + "/family-invitations");
            assertThat(officer.has("done")).as("the banner only after inviting").isFalse();

            MimeMessage invitation = awaitMail(PARENT, "You have been invited to follow an EHC needs assessment");
            String invitationText = GreenMailUtil.getBody(invitation);
            assertThat(invitation.getSubject()).isEqualTo("You have been invited to follow an EHC needs assessment");
            assertThat(invitationText).contains("/family/sign-in", "Please sign in for the first time by "
                    + TODAY.plusDays(28).format(DAY)).doesNotContain("Riley").doesNotContain(reference);
            // the sending is recorded just after the server took the email
            for (int tries = 0; tries < 40 && !officer.text("invitations").contains("Sent"); tries++) {
                Thread.sleep(250);
                officer.open("/cases/" + caseId + "/family-invitations");
            }
            assertThat(officer.text("invitations")).contains("Sent");
        }

        try (Browser parent = new Browser(queries.port(), "family")) {
            parent.open("/family/sign-in").type("email", PARENT).click("send-link").screenshot("check-email");
            assertThat(parent.heading()).isEqualTo("Check your email");
            String signInText = GreenMailUtil.getBody(awaitMail(PARENT, "Your sign-in link"));
            assertThat(signInText).doesNotContain("Riley").doesNotContain(reference);
            Matcher link = Pattern.compile("http://[^\\s]+/family/sign-in/[A-Za-z0-9_-]+").matcher(signInText);
            assertThat(link.find()).isTrue();
            parent.open(link.group().replaceFirst("http://[^/]+", "")).click("continue").screenshot("their-cases");
            assertThat(parent.heading()).isEqualTo("Your cases");
            parent.click("case-" + reference);
            parent.screenshot("family-case");
            assertThat(parent.heading()).isEqualTo("Where Riley Madeup's assessment is");
            assertThat(parent.has("done")).as("no banner before anything was done").isFalse();
            assertThat(parent.text("family-now")).contains("draft EHC plan");
            assertThat(parent.text("family-dates")).contains("Done on " + decided.format(DAY));
            assertThat(parent.text("family-letters")).contains("We will carry out an education, health and care needs assessment");

            Path letter = parent.download("family-letter-1");
            try (var pdf = Loader.loadPDF(Files.readAllBytes(letter))) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Riley Madeup", reference);
            }

            // their views and advice, with a report: a program named .pdf is refused by what it is, beside the field
            Path disguised = Files.write(Files.createTempFile("not-a-report", ".pdf"), "MZ a made-up program".getBytes());
            parent.type("views", "Riley is happiest with a quiet start to the day.\nShe loves drawing.")
                    .upload("file", disguised).click("send-advice");
            assertThat(parent.text("error-summary")).contains("The file must be a PDF");
            assertThat(parent.value("views")).contains("quiet start");
            byte[] reportBytes = "%PDF-1.4\n% a made-up report from Riley's childminder\n%%EOF\n".getBytes();
            Path report = Files.write(Files.createTempFile("childminder-report", ".pdf"), reportBytes);
            parent.upload("file", report).click("send-advice").screenshot("advice-sent");
            assertThat(parent.text("done")).contains("Thank you: we have your views");
            assertThat(parent.text("advice-given")).contains("Sent on " + TODAY.format(DAY) + ", with a file");
            JsonNode advice = api.get("officer", queries.port(), "/api/assessments/" + caseId).json().at("/familyAdvice/0");
            assertThat(advice.get("relationship").asText()).isEqualTo("PARENT");
            assertThat(advice.get("file").asText()).isEqualTo("PDF");
            assertThat(advice.toString()).as("the API gives no words and no file name").doesNotContain("quiet", "childminder");
            try (Browser officer = new Browser(queries.port(), "family-advice")) {
                officer.signIn("officer").open("/cases/" + caseId).click("family-advice-link").screenshot("family-advice");
                assertThat(officer.text("family-advice")).contains("Parent", "Riley is happiest with a quiet start", "PDF");
                Path kept = officer.download("advice-file-" + advice.get("adviceId").asText());
                assertThat(Files.readAllBytes(kept)).isEqualTo(reportBytes);
            }

            parent.click("send-draft-answer");
            assertThat(parent.text("error-summary")).contains("Choose what you would like to happen next");
            parent.click("requests-none").click("send-draft-answer").screenshot("draft-answered");
            assertThat(parent.text("done")).contains("Thank you: we have your answer");
            assertThat(parent.has("send-draft-answer")).isFalse();

            // the officer's case shows the family's answer, recorded as theirs, and the final plan may now be issued
            JsonNode record = api.get("officer", queries.port(), "/api/assessments/" + caseId).json();
            JsonNode answer = record.get("milestones").get(2);
            assertThat(answer.get("milestone").asText()).isEqualTo("DRAFT_RESPONSE_RECEIVED");
            assertThat(answer.get("requests").asText()).isEqualTo("NONE");
            assertThat(answer.get("recordedBy").asText()).startsWith("family:");
            assertThat(api.get("officer", commands.port(), "/api/assessments/" + caseId + "/next-steps").json()
                    .get("milestones").toString()).contains("FINAL_PLAN_ISSUED");
            // every reading of the case by the family is in the audit trail, as theirs
            JsonNode trail = api.get("auditor", queries.port(), "/api/audit?aggregateId=" + caseId + "&size=200").json();
            assertThat(trail.toString()).contains("PersonalDataViewed", answer.get("recordedBy").asText());

            // a letter recorded as sent is news, emailed without a word of what it says
            assertThat(api.post("officer", queries.port(), "/api/letters/" + caseId + ".2/sent",
                    "{\"sentOn\":\"" + TODAY.minusDays(2) + "\",\"channel\":\"EMAIL\"}").status()).isEqualTo(200);
            String news = GreenMailUtil.getBody(awaitMail(PARENT, "We have sent you a letter about the assessment you follow"));
            assertThat(news).contains("/family/sign-in").doesNotContain("Riley").doesNotContain(reference);
            parent.open("/family/cases/" + caseId);
            assertThat(parent.has("family-letter-2")).isTrue();

            // a staff page and someone else's case are not theirs
            parent.open("/cases/" + caseId);
            assertThat(parent.heading()).isEqualTo("You do not have access to this page");

            // withdrawn, the invitation opens nothing from the next page on
            String invitationId = null;
            for (JsonNode invitation : record.get("familyInvitations")) {
                if (invitation.get("relationship").asText().equals("PARENT")) {
                    invitationId = invitation.get("invitationId").asText();
                }
            }
            officer("/api/assessments/" + caseId + "/family-invitations/" + invitationId + "/withdrawal", "{\"reason\":\"test\"}");
            api.await("officer", queries.port(), "/api/assessments/" + caseId,
                    answer2 -> answer2.body().contains("\"withdrawnAt\":\""));
            parent.open("/family/cases/" + caseId);
            assertThat(parent.heading()).isEqualTo("Page not found");
            parent.open("/family");
            assertThat(parent.text("no-cases")).contains("You have no case to see");
            parent.signOut();
            assertThat(parent.heading()).isEqualTo("Sign in to see your case");
            assertThat(parent.pageText()).contains("You have signed out");
        }
    }

    @Test
    void a_code_works_once_in_the_browser_that_asked_a_wrong_one_is_refused_and_nobody_is_told_who_was_invited()
            throws Exception {
        String cousin = "cousin." + System.nanoTime() + "@example.invalid";
        int invited = api.get("officer", queries.port(), "/api/assessments/" + caseId).json().get("familyInvitations").size();
        officer("/api/assessments/" + caseId + "/family-invitations", "{\"email\":\"" + cousin + "\",\"relationship\":\"CARER\"}");
        api.await("officer", queries.port(), "/api/assessments/" + caseId,
                answer -> answer.json().get("familyInvitations").size() == invited + 1);
        HttpClient stranger = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        var asked = FamilySignIn.post(stranger, queries.port(), "/family/sign-in",
                FamilySignIn.csrf(FamilySignIn.get(stranger, queries.port(), "/family/sign-in").body()),
                "email=nobody.invited%40example.invalid");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("If that address was invited");

        HttpClient carer = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        var page = FamilySignIn.post(carer, queries.port(), "/family/sign-in",
                FamilySignIn.csrf(FamilySignIn.get(carer, queries.port(), "/family/sign-in").body()),
                "email=" + java.net.URLEncoder.encode(cousin.toUpperCase(Locale.ROOT), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.body()).contains("If that address was invited");
        // the invitation, then the sign-in: the stranger's address was sent nothing
        String text = GreenMailUtil.getBody(awaitMail(cousin, "Your sign-in link"));
        assertThat(Arrays.stream(mail.getReceivedMessages()).map(FamilyIT::to)).doesNotContain("nobody.invited@example.invalid");
        String code = text.replaceAll("(?s).*sign in: (\\d{6}).*", "$1");

        var wrong = FamilySignIn.post(carer, queries.port(), "/family/sign-in/code", FamilySignIn.csrf(page.body()),
                "code=" + (code.equals("000000") ? "111111" : "000000"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("The code is not right");
        var right = FamilySignIn.post(carer, queries.port(), "/family/sign-in/code", FamilySignIn.csrf(wrong.body()), "code=" + code);
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(FamilySignIn.get(carer, queries.port(), "/family").body()).contains(reference);
        // used once: the same code in a new browser opens nothing
        HttpClient other = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String otherPage = FamilySignIn.get(other, queries.port(), "/family/sign-in").body();
        assertThat(FamilySignIn.post(other, queries.port(), "/family/sign-in/code", FamilySignIn.csrf(otherPage), "code=" + code)
                .statusCode()).isEqualTo(400);
    }

    @Test
    void a_parent_who_talked_to_a_mediation_adviser_tells_the_authority_they_want_mediation_which_starts_its_thirty_days()
            throws Exception {
        String refused = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Kai Madeup","dateOfBirth":"2015-03-03","requestReceivedOn":"%s","requestSource":"PARENT"}"""
                .formatted(TODAY.minusDays(60))).json().get("assessmentId").asText();
        officer("/api/assessments/" + refused + "/milestones", "{\"milestone\":\"DECISION_NOT_TO_ASSESS\",\"occurredOn\":\""
                + TODAY.minusDays(20) + "\",\"note\":\"Made-up reasons: needs met at SEN support.\"}");
        String disputeId = api.post("officer", commands.port(), "/api/disputes", "{\"caseId\":\"" + refused
                + "\",\"decision\":\"DECISION_NOT_TO_ASSESS\",\"decisionLetterOn\":\"" + TODAY.minusDays(20)
                + "\",\"adviserContactedOn\":\"" + TODAY.minusDays(10) + "\"}").json().get("disputeId").asText();
        String parent = "kai.parent@example.invalid";
        officer("/api/assessments/" + refused + "/family-invitations", "{\"email\":\"" + parent + "\",\"relationship\":\"PARENT\"}");
        api.await("officer", queries.port(), "/api/assessments/" + refused,
                answer -> answer.json().get("familyInvitations").size() == 1);
        api.await("officer", queries.port(), "/api/disputes/" + disputeId, answer -> answer.status() == 200);

        HttpClient browser = FamilySignIn.byLink(queries.port(), parent, asked -> {
            try {
                return GreenMailUtil.getBody(awaitMail(parent, "Your sign-in link"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String page = FamilySignIn.get(browser, queries.port(), "/family/cases/" + refused).body();
        assertThat(page).contains("You have talked to a mediation adviser about our decision not to carry out an assessment",
                "ask-mediation-" + disputeId);

        var asked = FamilySignIn.post(browser, queries.port(), "/family/cases/" + refused + "/disputes/" + disputeId
                + "/mediation-request", FamilySignIn.csrf(page), "");
        assertThat(asked.statusCode()).isEqualTo(302);
        String after = FamilySignIn.get(browser, queries.port(), "/family/cases/" + refused + "?done=mediation").body();
        assertThat(after).contains("We have your request for mediation", "You told us on " + TODAY.format(DAY)
                + " that you want mediation", "We must arrange it by " + TODAY.plusDays(30).format(DAY))
                .doesNotContain("ask-mediation-");
        JsonNode dispute = api.get("officer", queries.port(), "/api/disputes/" + disputeId).json();
        assertThat(dispute.get("mediationRequestedOn").asText()).isEqualTo(TODAY.toString());
        // a dispute of another family's case is not theirs to ask about
        assertThat(FamilySignIn.post(browser, queries.port(), "/family/cases/" + caseId + "/disputes/" + disputeId
                + "/mediation-request", FamilySignIn.csrf(after), "").statusCode()).isEqualTo(404);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The latest email to the address with the subject, waited for: the tests share one server and its messages. */
    @Test
    void a_letter_of_the_plan_recorded_as_sent_is_emailed_as_news_and_is_on_the_familys_page_to_download() throws Exception {
        String planned = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Ivy Madeup","dateOfBirth":"2016-05-05","requestReceivedOn":"%s","requestSource":"PARENT"}"""
                .formatted(TODAY.minusDays(100))).json().get("assessmentId").asText();
        officer("/api/assessments/" + planned + "/milestones", "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\""
                + TODAY.minusDays(65) + "\"}");
        officer("/api/assessments/" + planned + "/milestones", "{\"milestone\":\"DRAFT_PLAN_ISSUED\",\"occurredOn\":\""
                + TODAY.minusDays(30) + "\"}");
        officer("/api/assessments/" + planned + "/milestones", "{\"milestone\":\"FINAL_PLAN_ISSUED\",\"occurredOn\":\""
                + TODAY.minusDays(10) + "\"}");
        String parent = "ivy.parent@example.invalid";
        officer("/api/assessments/" + planned + "/family-invitations", "{\"email\":\"" + parent + "\",\"relationship\":\"PARENT\"}");
        officer("/api/plans/" + planned + "/review-meetings", "{\"heldOn\":\"" + TODAY.minusDays(9) + "\"}");
        officer("/api/plans/" + planned + "/review-decisions", "{\"decision\":\"AMEND\",\"decidedOn\":\"" + TODAY.minusDays(8)
                + "\"}");
        officer("/api/plans/" + planned + "/cessation-decision", "{\"decidedOn\":\"" + TODAY.minusDays(1)
                + "\",\"reason\":\"NEEDS_MET\"}");
        JsonNode owed = api.await("officer", queries.port(), "/api/plans/" + planned + "/letters",
                answer -> answer.json().size() == 2).json().get(1);
        assertThat(owed.get("notice").asText()).isEqualTo("DECISION_TO_CEASE");
        var sent = api.post("officer", queries.port(), "/api/letters/" + owed.get("letterId").asText() + "/sent",
                "{\"sentOn\":\"" + TODAY.minusDays(1) + "\",\"channel\":\"EMAIL\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        String news = GreenMailUtil.getBody(awaitMail(parent, "We have sent you a letter about the assessment you follow"));
        assertThat(news).doesNotContain("Ivy");
        HttpClient browser = FamilySignIn.byLink(queries.port(), parent, asked -> {
            try {
                return GreenMailUtil.getBody(awaitMail(parent, "Your sign-in link"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String page = FamilySignIn.get(browser, queries.port(), "/family/cases/" + planned).body();
        int event = owed.get("letterId").asText().lastIndexOf(".p");
        String number = owed.get("letterId").asText().substring(event + 2);
        assertThat(page).contains("We have decided to stop maintaining your child", "family-letter-p" + number);
        var pdf = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + queries.port()
                + "/family/cases/" + planned + "/plan-letters/" + number)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var letter = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(letter)).contains("Ivy Madeup", "stop maintaining");
        }
        assertThat(FamilySignIn.get(browser, queries.port(), "/family/cases/" + planned + "/plan-letters/99").statusCode())
                .isEqualTo(404);

        // an order carried out on their appeal against the plan: its letter is theirs to download too, and nothing else is
        String disputeId = api.post("officer", commands.port(), "/api/disputes", "{\"caseId\":\"" + planned
                + "\",\"decision\":\"FINAL_PLAN_ISSUED\",\"decisionLetterOn\":\"" + TODAY.minusDays(10) + "\"}")
                .json().get("disputeId").asText();
        String d = "/api/disputes/" + disputeId;
        officer(d + "/appeal", "{\"receivedOn\":\"" + TODAY.minusDays(9) + "\",\"grounds\":[\"SECTION_I\"]}");
        officer(d + "/outcome", "{\"decidedOn\":\"" + TODAY.minusDays(7) + "\",\"outcome\":\"UPHELD\",\"orders\":[\"AMEND_SECTION_I\"]}");
        officer(d + "/compliance", "{\"order\":\"AMEND_SECTION_I\",\"compliedOn\":\"" + TODAY.minusDays(6) + "\"}");
        String orderLetter = api.await("officer", queries.port(), d + "/letters", answer -> answer.json().size() == 1)
                .json().at("/0/letterId").asText();
        assertThat(api.post("officer", queries.port(), "/api/letters/" + orderLetter + "/sent", "{\"sentOn\":\""
                + TODAY.minusDays(6) + "\",\"channel\":\"EMAIL\"}").status()).isEqualTo(200);
        String ordered = orderLetter.substring(orderLetter.lastIndexOf(".d") + 2);
        assertThat(FamilySignIn.get(browser, queries.port(), "/family/cases/" + planned).body())
                .contains("family-letter-" + disputeId + "-d" + ordered, "/family/cases/" + planned + "/disputes/" + disputeId
                        + "/letters/" + ordered);
        var orderPdf = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + queries.port()
                + "/family/cases/" + planned + "/disputes/" + disputeId + "/letters/" + ordered)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(orderPdf.statusCode()).isEqualTo(200);
        try (var letter = Loader.loadPDF(orderPdf.body())) {
            assertThat(new PDFTextStripper().getText(letter)).contains("Ivy Madeup", "The tribunal ordered us");
        }
        assertThat(FamilySignIn.get(browser, queries.port(), "/family/cases/" + planned + "/disputes/" + UUID.randomUUID()
                + "/letters/" + ordered).statusCode()).isEqualTo(404);
        assertThat(FamilySignIn.get(browser, queries.port(), "/family/cases/" + caseId + "/disputes/" + disputeId
                + "/letters/" + ordered).statusCode()).isEqualTo(404);

        // the proposed amendments wait for their answer on the same page, and they give it as the officer would record it
        assertThat(page).contains("Tell us what you think of the changes we propose to the plan",
                TODAY.minusDays(8).plusDays(14).format(DAY), "send-amendments-answer");
        var answered = FamilySignIn.post(browser, queries.port(), "/family/cases/" + planned + "/amendment-response",
                FamilySignIn.csrf(page), "requests=NONE");
        assertThat(answered.statusCode()).isEqualTo(302);
        JsonNode review = api.get("officer", queries.port(), "/api/plans/" + planned).json().at("/reviews/0");
        assertThat(review.get("amendmentResponseOn").asText()).isEqualTo(TODAY.toString());
        assertThat(review.get("amendmentResponse").asText()).isEqualTo("NONE");
        assertThat(FamilySignIn.get(browser, queries.port(), "/family/cases/" + planned).body())
                .doesNotContain("send-amendments-answer");
    }

    @Test
    void a_date_that_passes_without_its_step_is_emailed_once_to_the_family_and_the_officer_sees_it_went() throws Exception {
        // received 60 days ago and not yet decided: the decision was due 18 days ago
        String late = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Sol Madeup","dateOfBirth":"2016-05-05","requestReceivedOn":"%s","requestSource":"PARENT"}"""
                .formatted(TODAY.minusDays(60))).json().get("assessmentId").asText();
        String carer = "sol.carer@example.invalid";
        officer("/api/assessments/" + late + "/family-invitations", "{\"email\":\"" + carer + "\",\"relationship\":\"CARER\"}");

        MimeMessage passed = awaitMail(carer, "A date in the assessment you follow has passed");
        assertThat(GreenMailUtil.getBody(passed)).contains("/family/sign-in").doesNotContain("Sol");
        api.await("auditor", queries.port(), "/api/audit?aggregateId=" + late,
                answer -> answer.body().contains("FamilyToldOfPassedDate"));
        Thread.sleep(3000);
        assertThat(Arrays.stream(mail.getReceivedMessages()).filter(message -> to(message).equalsIgnoreCase(carer)
                && subject(message).contains("has passed")).count()).as("told once, however often the service looks").isEqualTo(1);

        try (Browser officer = new Browser(queries.port(), "family-news")) {
            officer.signIn("officer").open("/cases/" + late + "/family-invitations").screenshot("news-emailed");
            assertThat(officer.text("invitations")).contains("News emailed", "A date passed", "Sent");
        }
    }

    private MimeMessage awaitMail(String to, String subject) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            MimeMessage[] received = mail.getReceivedMessages();
            for (int i = received.length - 1; i >= 0; i--) {
                if (to(received[i]).equalsIgnoreCase(to) && subject.equals(received[i].getSubject())) {
                    return received[i];
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No email \"" + subject + "\" to " + to);
    }
}
