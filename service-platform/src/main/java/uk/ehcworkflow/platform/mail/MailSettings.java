package uk.ehcworkflow.platform.mail;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service writes to families ({@code ehc.mail.*}); the server itself is Spring's
 * {@code spring.mail.host}, {@code port}, {@code username} and {@code password}.
 *
 * @param from     the sender families see, the area's own address in real use
 * @param pagesUrl where families open the pages, as their email links give it
 */
@ConfigurationProperties("ehc.mail")
public record MailSettings(String from, URI pagesUrl) {

    public MailSettings {
        from = from == null || from.isBlank() ? "SEND team (made up; set ehc.mail.from) <send@example.invalid>" : from;
        pagesUrl = pagesUrl == null ? URI.create("http://localhost:8081") : pagesUrl;
    }

    /** The address of a page, for a link in an email: {@code /family/sign-in} under {@link #pagesUrl}. */
    public String link(String path) {
        String base = pagesUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
