package uk.ehcworkflow.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.unit.DataSize;
import uk.ehcworkflow.platform.caseload.Teams;
import uk.ehcworkflow.platform.disk.DataDisk;
import uk.ehcworkflow.platform.files.OwnerOnlyFiles;
import uk.ehcworkflow.platform.input.ContentTypeGuard;
import uk.ehcworkflow.platform.input.StrictJson;
import uk.ehcworkflow.platform.mail.MailSettings;
import uk.ehcworkflow.platform.mail.Mailbox;
import uk.ehcworkflow.platform.metrics.PrometheusConventions;
import uk.ehcworkflow.platform.problem.BadInputHandler;
import uk.ehcworkflow.platform.problem.ProblemErrorController;
import uk.ehcworkflow.platform.problem.ProblemErrorReportValve;
import uk.ehcworkflow.platform.problem.ProblemWriter;
import uk.ehcworkflow.platform.security.PageTokens;
import uk.ehcworkflow.platform.security.SecurityBaseline;
import uk.ehcworkflow.platform.security.SecurityProperties;
import uk.ehcworkflow.platform.startup.ReadyAnnouncement;
import uk.ehcworkflow.platform.startup.Systemd;
import uk.ehcworkflow.platform.web.CorrelationIdFilter;

/** Wires the shared edge into any service that has this module on its class path. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties({SecurityProperties.class, Teams.class, MailSettings.class})
@Import({BadInputHandler.class, ProblemErrorController.class})
public class PlatformAutoConfiguration {

    /** "Today", for the statutory rules and the deadlines due or overdue, is today in England, whatever the server's zone. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${ehc.zone:Europe/London}") ZoneId zone) {
        return Clock.system(zone);
    }

    /** Families' emails: through the configured SMTP server, or into the data folder's {@code mail/} without one. */
    @Bean
    Mailbox mailbox(ObjectProvider<JavaMailSender> server, @Value("${ehc.data-dir:./data}") Path dataDir, MailSettings settings,
                    Environment environment) {
        JavaMailSender configured = server.getIfAvailable();
        if (configured == null && environment.matchesProfiles("production")) {
            // a real area's families would never get their emails: say so at every start, not only at the first email
            LoggerFactory.getLogger(Mailbox.class).warn("No mail server is configured (spring.mail.host): emails to families "
                    + "are written to {} and nobody receives them", dataDir.resolve("mail"));
        }
        return new Mailbox(configured, dataDir.resolve("mail"), settings);
    }

    /** What both services publish for Prometheus keeps to its naming rules (promtool check metrics). */
    @Bean
    PrometheusConventions prometheusConventions() {
        return new PrometheusConventions();
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return StrictJson.customizer();
    }

    /** Requests the security firewall refuses (encoded slashes, {@code ..}, control characters) get problem+json too. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                "Bad Request", "The request's address or headers hold characters the service does not accept.");
    }

    /** Replaces Tomcat's HTML error page, for requests refused before any servlet saw them. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemErrorReportValve());
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** The service's API as OpenAPI 3, at {@code /v3/api-docs}, for clients other than the pages. */
    @Bean
    OpenAPI openApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI().info(new Info().title("ehc-workflow " + service).version("0.1.0")
                .description("Every answer that is an error is RFC 9457 application/problem+json. Sign in with HTTP Basic "
                        + "(the embedded default) or a bearer token (production)."));
    }

    @Bean
    ProblemWriter problemWriter(ObjectMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    SecurityBaseline securityBaseline(SecurityProperties properties, ProblemWriter problems, PageTokens pageTokens,
                                      Environment environment) {
        return new SecurityBaseline(properties, problems, pageTokens, environment);
    }

    @Bean
    PageTokens pageTokens(@Value("${ehc.pages.token-key-file:${ehc.data-dir:./data}/keys/page-token.key}") Path keyFile) {
        return PageTokens.fromKeyFile(keyFile);
    }

    /**
     * The one password encoder, so that sign-in checks with it too; otherwise Spring Security
     * would "upgrade" every stored password to bcrypt and pay bcrypt's cost on each request.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return SecurityBaseline.passwordEncoder();
    }

    @Bean
    @ConditionalOnProperty(name = "ehc.security.mode", havingValue = "LOCAL", matchIfMissing = true)
    UserDetailsService localUsers(SecurityBaseline baseline, PasswordEncoder passwordEncoder) {
        return baseline.localUsers(passwordEncoder);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After the security filters, so that who may call an address is decided before what was sent to it. */
    @Bean
    FilterRegistrationBean<ContentTypeGuard> contentTypeGuard(ProblemWriter problems) {
        FilterRegistrationBean<ContentTypeGuard> registration = new FilterRegistrationBean<>(new ContentTypeGuard(problems));
        registration.setOrder(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * The data folder's disk, watched for room (health: {@code dataDisk}). The folder is made the
     * service user's alone first, before the stores in it are opened.
     */
    @Bean
    DataDisk dataDisk(@Value("${ehc.data-dir:./data}") Path dataDir, @Value("${ehc.disk.reserve:64MB}") DataSize reserve) {
        OwnerOnlyFiles.restrictFolder(dataDir);
        return new DataDisk(dataDir, reserve);
    }

    @Bean
    ReadyAnnouncement readyAnnouncement() {
        return new ReadyAnnouncement();
    }

    /** Ready, stopping and alive, told to systemd when it started the service (ops/systemd). */
    @Bean
    Systemd systemd() {
        return new Systemd(System.getenv());
    }
}
