package uk.ehcworkflow.command.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import uk.ehcworkflow.command.CommandServiceTest;
import uk.ehcworkflow.command.privacy.PersonalDataVault;
import uk.ehcworkflow.events.privacy.ContactDigest;
import uk.ehcworkflow.platform.mail.MailSettings;
import uk.ehcworkflow.platform.mail.Mailbox;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.PageTokens;

/**
 * Inviting a family over the API, on the embedded store: the email queued with the invitation,
 * sent (here, with no mail server configured, written to the data folder), tried again after a
 * failure and at last given up, each visible to the officer without the address.
 */
@TestPropertySource(properties = "ehc.mail.poll=PT1H") // this class sends by hand, when it chooses
class FamilyMailTest extends CommandServiceTest {

    @Autowired
    FamilyMail mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    PageTokens pageTokens;
    @Value("${ehc.data-dir}")
    Path dataDir;

    private String openCase() throws Exception {
        return post("officer", "/api/assessments", """
                {"childName":"Robin Madeup","dateOfBirth":"2016-02-29","requestReceivedOn":"2024-06-03","requestSource":"PARENT"}""")
                .body().get("assessmentId").asText();
    }

    private String invite(String caseId, String email) throws Exception {
        Answer answer = post("officer", "/api/assessments/" + caseId + "/family-invitations",
                "{\"email\":\"" + email + "\",\"relationship\":\"PARENT\"}");
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(201);
        return answer.body().get("invitationId").asText();
    }

    @Test
    void an_invitation_is_stored_with_its_email_queued_and_the_email_names_no_child_and_links_to_sign_in() throws Exception {
        String caseId = openCase();
        String invitationId = invite(caseId, "parent.one@example.invalid");

        List<FamilyMail.Sending> queued = mail.ofCase(caseId);
        assertThat(queued).singleElement().satisfies(sending -> {
            assertThat(sending.invitationId()).isEqualTo(invitationId);
            assertThat(sending.sentAt()).isNull();
        });
        assertThat(jdbc.queryForObject("SELECT contact_sealed FROM family_mail WHERE invitation_id = ?", String.class,
                invitationId)).doesNotContain("parent.one");

        mail.sendDue();

        assertThat(mail.ofCase(caseId)).singleElement().satisfies(sending -> {
            assertThat(sending.sentAt()).isNotNull();
            assertThat(sending.attempts()).isOne();
        });
        String email = written().filter(text -> text.contains("To: parent.one@example.invalid")).findFirst().orElseThrow();
        assertThat(email).contains("http://localhost:8081/family/sign-in").contains("Please sign in for the first time by")
                .doesNotContain("Robin").doesNotContain("Madeup").doesNotContain(caseId);
        // the officer's list of how the emails went holds no address
        Answer listed = get("officer", "/api/assessments/" + caseId + "/family-mail");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().toString()).contains(invitationId).doesNotContain("parent.one");
        assertThat(get("dashboard", "/api/assessments/" + caseId + "/family-mail").status()).isEqualTo(403);
    }

    @Test
    void a_refused_invitation_queues_nothing_and_names_the_field() throws Exception {
        String caseId = openCase();
        Answer refused = post("officer", "/api/assessments/" + caseId + "/family-invitations",
                "{\"email\":\"not an address\",\"relationship\":\"PARENT\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("email");
        assertThat(mail.ofCase(caseId)).isEmpty();
        assertThat(post("officer", "/api/assessments/" + caseId + "/family-invitations",
                "{\"email\":\"a@example.invalid\",\"relationship\":\"AUNT\"}").status()).isEqualTo(400);
        assertThat(post("agency-or-nobody", "/api/assessments/" + caseId + "/family-invitations",
                "{\"email\":\"a@example.invalid\",\"relationship\":\"PARENT\"}").status()).isEqualTo(401);
    }

    @Test
    void a_failed_sending_is_tried_again_later_and_given_up_after_the_last_wait_each_visible_to_the_officer() throws Exception {
        String caseId = openCase();
        invite(caseId, "parent.two@example.invalid");
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1); // nothing listens there
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Mailbox unreachable = new Mailbox(nowhere, dataDir.resolve("unused"), new MailSettings(null, null));
        FamilyMail failing = at(start, unreachable);

        failing.sendDue();
        FamilyMail.Sending first = failing.ofCase(caseId).get(0);
        assertThat(first.attempts()).isOne();
        assertThat(first.sentAt()).isNull();
        assertThat(first.lastFailure()).isEqualTo("The mail server could not be reached.");
        assertThat(first.nextAttemptAt()).isEqualTo(start.plus(FamilyMail.RETRY_DELAYS.get(0)));

        failing.sendDue(); // not yet due
        assertThat(failing.ofCase(caseId).get(0).attempts()).isOne();

        Instant now = start;
        for (Duration wait : FamilyMail.RETRY_DELAYS) {
            now = now.plus(wait);
            failing = at(now, unreachable);
            failing.sendDue();
        }
        FamilyMail.Sending last = failing.ofCase(caseId).get(0);
        assertThat(last.attempts()).isEqualTo(FamilyMail.RETRY_DELAYS.size() + 1);
        assertThat(last.givenUpAt()).isNotNull();
        assertThat(last.nextAttemptAt()).isNull();
    }

    @Test
    void an_email_owed_to_a_child_whose_data_was_erased_is_never_sent() throws Exception {
        String caseId = openCase();
        invite(caseId, "parent.three@example.invalid");
        assertThat(post("admin", "/api/assessments/" + caseId + "/erasure", "{\"reason\":\"asked\"}").status()).isEqualTo(204);

        mail.sendDue();

        assertThat(mail.ofCase(caseId).get(0).givenUpAt()).isNotNull();
        assertThat(written()).noneMatch(text -> text.contains("parent.three"));
    }

    @Test
    void only_the_invited_family_member_takes_the_invitation_up_through_the_family_addresses() throws Exception {
        String caseId = openCase();
        invite(caseId, "Parent.Four@example.invalid");
        byte[] key = jdbc.queryForObject("SELECT secret FROM personal_data_key WHERE key_id = ?", byte[].class,
                ContactDigest.KEY_ID);
        String invited = "Bearer " + pageTokens.mint(Actor.familyMember(ContactDigest.of(key, "parent.four@example.invalid")),
                Instant.now());
        String stranger = "Bearer " + pageTokens.mint(Actor.familyMember(ContactDigest.of(key, "someone@example.invalid")),
                Instant.now());

        assertThat(send(stranger, "POST", "/api/family/cases/" + caseId + "/acceptance", null, null).status()).isEqualTo(404);
        assertThat(send(invited, "POST", "/api/family/cases/" + caseId + "/acceptance", null, null).status()).isEqualTo(204);
        assertThat(post("officer", "/api/family/cases/" + caseId + "/acceptance", "{}").status()).isEqualTo(403);
        assertThat(send(invited, "POST", "/api/assessments/" + caseId + "/milestones", "application/json",
                "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2024-07-01\"}").status()).isEqualTo(403);
        // no draft yet: the officer's rules hold for the family's answer too
        assertThat(send(invited, "POST", "/api/family/cases/" + caseId + "/draft-response", "application/json",
                "{\"requests\":\"NONE\"}").status()).isEqualTo(409);
    }

    /** The sender as it runs at an instant. */
    private FamilyMail at(Instant instant, Mailbox mailbox) {
        return new FamilyMail(jdbc, vault, mailbox, Clock.fixed(instant, ZoneId.of("Europe/London")));
    }

    private Stream<String> written() throws Exception {
        Path folder = dataDir.resolve("mail");
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> {
                try {
                    return Files.readString(file);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList().stream();
        }
    }
}
