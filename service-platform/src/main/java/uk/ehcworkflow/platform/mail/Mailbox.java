package uk.ehcworkflow.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends the service's plain-text emails to families. With an SMTP server configured
 * ({@code spring.mail.host}) it sends through it; without one (a trial on a laptop) it writes each
 * message, as the server would have received it, to {@code mail/} in the data folder, readable by
 * the service user alone, so that a trial can follow an emailed link. Nothing else leaves the machine.
 */
public class Mailbox {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

    private final JavaMailSender server;
    private final Path folder;
    private final MailSettings settings;

    /** @param server null where no SMTP server is configured: messages go to {@code folder} */
    public Mailbox(JavaMailSender server, Path folder, MailSettings settings) {
        this.server = server;
        this.folder = folder;
        this.settings = settings;
    }

    public MailSettings settings() {
        return settings;
    }

    /**
     * Sends one message, or throws: {@link MailSendException} when the server refused it or could
     * not be reached, so that the caller can try again. The log names neither the address nor the subject.
     */
    public void send(String to, String subject, String body) {
        MimeMessage message = message(to, subject, body);
        if (server != null) {
            server.send(message);
            return;
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(System.currentTimeMillis() + "-" + UUID.randomUUID() + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            log.info("No mail server is configured (spring.mail.host): an email was written to {}", folder);
        } catch (IOException | MessagingException e) {
            throw new MailSendException("The email could not be written to " + folder, e);
        }
    }

    private MimeMessage message(String to, String subject, String body) {
        try {
            MimeMessage message = server != null ? server.createMimeMessage() : new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setSentDate(new Date());
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("The email could not be made: " + e.getMessage(), e);
        }
    }
}
