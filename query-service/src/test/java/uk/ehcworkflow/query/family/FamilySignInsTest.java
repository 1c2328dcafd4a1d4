package uk.ehcworkflow.query.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.platform.mail.MailSettings;
import uk.ehcworkflow.platform.mail.Mailbox;

/** A family member's sign-in by an emailed link or code (ADR 43): once each, in time, and telling nobody who is invited. */
class FamilySignInsTest {

    private record Sent(String to, String body) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final Instant[] now = {Instant.parse("2026-12-07T10:00:00Z")};
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now[0];
        }
    };
    private final Mailbox mailbox = new Mailbox(null, Path.of("unused"), new MailSettings(null, null)) {
        @Override
        public void send(String to, String subject, String body) {
            sent.add(new Sent(to, body));
        }
    };
    private final FamilySignIns signIns = new FamilySignIns(email -> "digest-of-" + email.strip().toLowerCase(),
            digest -> digest.equals("digest-of-invited@example.invalid"), mailbox, clock);

    private String link() {
        Matcher matcher = Pattern.compile("/family/sign-in/([A-Za-z0-9_-]+)").matcher(sent.get(sent.size() - 1).body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private String code() {
        return sent.get(sent.size() - 1).body().replaceAll("(?s).*sign in: (\\d{6}).*", "$1");
    }

    @Test
    void an_address_with_no_invitation_is_sent_nothing() {
        signIns.start("stranger@example.invalid", "session-1");
        assertThat(sent).isEmpty();
    }

    @Test
    void the_link_signs_in_once_and_not_after_fifteen_minutes() {
        signIns.start(" Invited@Example.invalid ", "session-1");
        assertThat(sent).singleElement().satisfies(mail -> assertThat(mail.to()).isEqualTo("Invited@Example.invalid"));
        String token = link();
        assertThat(signIns.byLink(token)).contains("digest-of-invited@example.invalid");
        assertThat(signIns.byLink(token)).isEmpty();

        signIns.start("invited@example.invalid", "session-1");
        now[0] = now[0].plus(FamilySignIns.GOOD_FOR).plusSeconds(1);
        assertThat(signIns.byLink(link())).isEmpty();
    }

    @Test
    void the_code_works_in_the_browser_that_asked_only_and_not_after_five_wrong_tries() {
        signIns.start("invited@example.invalid", "session-1");
        String code = code();
        assertThat(signIns.byCode("session-2", code)).as("another browser").isEmpty();
        assertThat(signIns.byCode("session-1", " " + code.substring(0, 3) + " " + code.substring(3))).isPresent();
        assertThat(signIns.byCode("session-1", code)).as("used once").isEmpty();

        signIns.start("invited@example.invalid", "session-3");
        String next = code();
        String wrong = next.equals("000000") ? "111111" : "000000";
        for (int tries = 0; tries < FamilySignIns.CODE_TRIES; tries++) {
            assertThat(signIns.byCode("session-3", wrong)).isEmpty();
        }
        assertThat(signIns.byCode("session-3", next)).as("after the last try").isEmpty();
    }

    @Test
    void an_address_is_sent_five_links_an_hour_at_most() {
        for (int i = 0; i < FamilySignIns.SENDS_AN_HOUR + 2; i++) {
            signIns.start("invited@example.invalid", "session-" + i);
        }
        assertThat(sent).hasSize(FamilySignIns.SENDS_AN_HOUR);
        now[0] = now[0].plus(Duration.ofHours(1)).plusSeconds(1);
        signIns.start("invited@example.invalid", "session-later");
        assertThat(sent).hasSize(FamilySignIns.SENDS_AN_HOUR + 1);
    }
}
