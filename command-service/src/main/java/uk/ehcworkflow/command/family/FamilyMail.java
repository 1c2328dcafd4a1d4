package uk.ehcworkflow.command.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.privacy.PersonalDataVault;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.platform.mail.Mailbox;

/**
 * The emails owed to families (ADR 43). {@link #queue} writes one in the command's own
 * transaction, beside the event it tells of (an invitation, a letter sent); {@link #sendDue} sends what is due, a few seconds later,
 * and tries again after a failure, waiting longer each time, until {@link #RETRY_DELAYS} runs out.
 * How each went is kept for the officer ({@link #ofCase}); the log names no address.
 */
@Component
public class FamilyMail {

    private static final Logger log = LoggerFactory.getLogger(FamilyMail.class);
    /** How long to wait after each failed try: a mail server down for a morning or a weekend is waited out. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24), Duration.ofHours(24));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What an email tells: never the child's name, the case or a decision, only that there is something to see. */
    public enum Kind {
        INVITATION("You have been invited to follow an EHC needs assessment"),
        /** A letter to the family was recorded as sent: what it says is on the family's page, not in the email. */
        LETTER_SENT("We have sent you a letter about the assessment you follow"),
        /** A tribunal's order set new dates for the case (ADR 46). */
        DATES_CHANGED("The dates in the assessment you follow have changed"),
        /** A date the family follows passed without its step (ADR 46). */
        DATE_PASSED("A date in the assessment you follow has passed");

        private final String subject;

        Kind(String subject) {
            this.subject = subject;
        }
    }

    /** How one email's sending went, as the officer sees it; never the address. */
    public record Sending(String mailId, String invitationId, Kind kind, Instant queuedAt, int attempts, Instant sentAt,
                          Instant nextAttemptAt, String lastFailure, Instant givenUpAt) {
    }

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;
    private final Mailbox mailbox;
    private final Clock clock;

    FamilyMail(JdbcTemplate jdbc, PersonalDataVault vault, Mailbox mailbox, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.mailbox = mailbox;
        this.clock = clock;
    }

    /** Called inside the command whose event the email tells of: stored with its event, or not at all. */
    public void queue(Kind kind, String assessmentId, String invitationId, SealedPersonalData contact) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.update("INSERT INTO family_mail (mail_id, assessment_id, invitation_id, kind, contact_key_id, contact_sealed, "
                        + "queued_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",
                UUID.randomUUID().toString(), assessmentId, invitationId, kind.name(), contact.keyId(),
                contact.sealed(), now, now);
    }

    /** Every email owed on a case, oldest first. */
    public List<Sending> ofCase(String assessmentId) {
        return jdbc.query("SELECT * FROM family_mail WHERE assessment_id = ? ORDER BY queued_at, mail_id",
                (row, n) -> sending(row), assessmentId);
    }

    @Scheduled(initialDelayString = "${ehc.mail.poll:PT5S}", fixedDelayString = "${ehc.mail.poll:PT5S}")
    public void sendDue() {
        List<Due> due = jdbc.query("SELECT mail_id, assessment_id, invitation_id, kind, contact_key_id, contact_sealed, "
                        + "queued_at, attempts FROM family_mail WHERE next_attempt_at <= ? ORDER BY next_attempt_at FETCH FIRST 50 ROWS ONLY",
                (row, n) -> new Due(row.getString("mail_id"), row.getString("assessment_id"), row.getString("invitation_id"),
                        Kind.valueOf(row.getString("kind")), new SealedPersonalData(row.getString("contact_key_id"), row.getString("contact_sealed")),
                        row.getTimestamp("queued_at").toInstant(), row.getInt("attempts")),
                OffsetDateTime.now(clock));
        due.forEach(this::send);
    }

    private record Due(String mailId, String assessmentId, String invitationId, Kind kind, SealedPersonalData contact,
                       Instant queuedAt, int attempts) {
    }

    private void send(Due mail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        FamilyContact contact = vault.open(mail.contact(), FamilyContact.class).orElse(null);
        if (contact == null) {
            // the child's data was erased: the address with it, and nothing is sent
            jdbc.update("UPDATE family_mail SET next_attempt_at = NULL, given_up_at = ?, last_failure = ? WHERE mail_id = ?",
                    now, "The child's personal data was erased before it was sent.", mail.mailId());
            return;
        }
        try {
            LocalDate queuedOn = mail.queuedAt().atZone(clock.getZone()).toLocalDate();
            mailbox.send(contact.email(), mail.kind().subject, switch (mail.kind()) {
                case INVITATION -> invitation(queuedOn);
                case LETTER_SENT -> letterSent();
                case DATES_CHANGED -> news("The dates in the education, health and care (EHC) needs assessment you follow have changed.");
                case DATE_PASSED -> news("A date in the education, health and care (EHC) needs assessment you follow has passed "
                        + "without the step it was for.");
            });
            jdbc.update("UPDATE family_mail SET attempts = ?, sent_at = ?, next_attempt_at = NULL WHERE mail_id = ?",
                    mail.attempts() + 1, now, mail.mailId());
        } catch (MailException e) {
            int attempts = mail.attempts() + 1;
            String failure = failure(e);
            if (attempts > RETRY_DELAYS.size()) {
                jdbc.update("UPDATE family_mail SET attempts = ?, next_attempt_at = NULL, given_up_at = ?, last_failure = ? "
                        + "WHERE mail_id = ?", attempts, now, failure, mail.mailId());
                log.warn("An email to a family was not sent after {} tries and will not be tried again (case {}): {}",
                        attempts, mail.assessmentId(), failure);
            } else {
                jdbc.update("UPDATE family_mail SET attempts = ?, next_attempt_at = ?, last_failure = ? WHERE mail_id = ?",
                        attempts, now.plus(RETRY_DELAYS.get(attempts - 1)), failure, mail.mailId());
                log.warn("An email to a family was not sent (try {}, case {}); it will be tried again: {}", attempts,
                        mail.assessmentId(), failure);
            }
        }
    }

    /** What went wrong, in words an officer can pass on, without the address the server may quote back. */
    private static String failure(MailException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String what = cause.getClass().getSimpleName();
        return what.contains("Connect") || what.contains("UnknownHost")
                ? "The mail server could not be reached." : "The mail server did not accept it (" + what + ").";
    }

    private String invitation(LocalDate invitedOn) {
        return String.join("\n",
                "Hello,",
                "",
                "The SEND team has invited you to follow an education, health and care (EHC) needs assessment online:",
                "where it is now, the dates that matter, the letters we have sent you, and what you can do next.",
                "",
                "To sign in, go to " + mailbox.settings().link("/family/sign-in") + " and enter this email address.",
                "Each time you sign in we email you a link and a code.",
                "",
                "Please sign in for the first time by " + FamilyInvitations.takeUpBy(invitedOn).format(DAY) + ".",
                "After that, you can sign in until the SEND team withdraws the invitation.",
                "",
                "If you were not expecting this email, you can ignore it. It holds no details of anyone's case.");
    }

    private String letterSent() {
        return String.join("\n",
                "Hello,",
                "",
                "We have sent you a letter about the education, health and care (EHC) needs assessment you follow.",
                "You can read it, and see what happens next, when you sign in at " + mailbox.settings().link("/family/sign-in") + ".",
                "",
                "This email holds no details of anyone's case.");
    }

    /** News of the case: what changed, in a sentence naming nobody, and where to see it. */
    private String news(String what) {
        return String.join("\n",
                "Hello,",
                "",
                what,
                "You can see the dates, and what happens next, when you sign in at " + mailbox.settings().link("/family/sign-in")
                        + ". Your case officer can tell you more.",
                "",
                "This email holds no details of anyone's case.");
    }

    private static Sending sending(ResultSet row) throws SQLException {
        return new Sending(row.getString("mail_id"), row.getString("invitation_id"), Kind.valueOf(row.getString("kind")),
                instant(row.getTimestamp("queued_at")), row.getInt("attempts"), instant(row.getTimestamp("sent_at")),
                instant(row.getTimestamp("next_attempt_at")), row.getString("last_failure"),
                instant(row.getTimestamp("given_up_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
